/**
 * A bounded run queue: at most `concurrency` runs at once and `maxWaiting` waiting; beyond that `offer` refuses,
 * which the HTTP edge answers with 429 and Retry-After (issue 10, limits and safety). A waiting task can be
 * withdrawn by its key, which frees its place at once (a cancelled run must not hold a slot until its turn).
 */

export interface RunQueue {
  /** False when the queue is full; the task is then not started and nothing was queued. */
  readonly offer: (task: () => Promise<void>, key?: string) => boolean;
  /** Removes the waiting task offered with `key`; false when it is not waiting (already running, or unknown). */
  readonly withdraw: (key: string) => boolean;
  readonly hasRoom: () => boolean;
  readonly stats: () => {
    readonly running: number;
    readonly waiting: number;
    readonly concurrency: number;
    readonly maxWaiting: number;
  };
  /** Resolves when nothing runs or waits (tests, shutdown). */
  readonly idle: () => Promise<void>;
}

export const makeRunQueue = (options: {
  readonly concurrency: number;
  readonly maxWaiting: number;
}): RunQueue => {
  const concurrency = Math.max(1, options.concurrency);
  const waiting: Array<{ readonly task: () => Promise<void>; readonly key: string | undefined }> =
    [];
  let running = 0;
  let idleWaiters: Array<() => void> = [];
  const settle = () => {
    if (running === 0 && waiting.length === 0) {
      const resolve = idleWaiters;
      idleWaiters = [];
      for (const r of resolve) r();
    }
  };
  const pump = (): void => {
    while (running < concurrency && waiting.length > 0) {
      const { task } = waiting.shift() as (typeof waiting)[number];
      running++;
      // A task reports its own failures; the queue only needs to know it ended.
      void task()
        .catch(() => undefined)
        .finally(() => {
          running--;
          pump();
          settle();
        });
    }
  };
  const hasRoom = () => running + waiting.length < concurrency + options.maxWaiting;
  return {
    offer: (task, key) => {
      if (!hasRoom()) return false;
      waiting.push({ task, key });
      pump();
      return true;
    },
    withdraw: (key) => {
      const at = waiting.findIndex((w) => w.key === key);
      if (at === -1) return false;
      waiting.splice(at, 1);
      settle();
      return true;
    },
    hasRoom,
    stats: () => ({
      running,
      waiting: waiting.length,
      concurrency,
      maxWaiting: options.maxWaiting,
    }),
    idle: () =>
      running === 0 && waiting.length === 0
        ? Promise.resolve()
        : new Promise((resolve) => idleWaiters.push(resolve)),
  };
};
