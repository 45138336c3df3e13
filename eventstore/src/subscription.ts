/** Catch-up subscription as an async iterator: pages through readAll from a checkpoint, then waits for appends. */
import { Effect, Result } from "effect";
import type { EventCodec } from "./eventCodec";
import type { RecordedEvent, SubscribeOptions, Subscription } from "./eventStore";
import type { RecordStore } from "./recordStore";
import { decodeRecords } from "./decodeRecords";

/** Resolves after `ms` or as soon as `poke` is called, whichever comes first. */
const makeWaiter = () => {
  let dirty = false;
  let wake: (() => void) | undefined;
  return {
    poke: () => {
      dirty = true;
      wake?.();
    },
    wait: (ms: number) =>
      new Promise<void>((resolve) => {
        if (dirty) {
          dirty = false;
          resolve();
          return;
        }
        const done = () => {
          clearTimeout(timer);
          wake = undefined;
          dirty = false;
          resolve();
        };
        const timer = setTimeout(done, ms);
        wake = done;
      }),
  };
};

export const catchUpSubscription = <E>(
  records: RecordStore,
  codec: EventCodec<E>,
  options: SubscribeOptions,
): Subscription<E> => {
  const pageSize = options.pageSize ?? 1000;
  const pollIntervalMs = options.pollIntervalMs ?? 50;
  const waiter = makeWaiter();
  let stopped = false;

  async function* iterate(): AsyncGenerator<RecordedEvent<E>> {
    let checkpoint = options.afterPosition ?? 0;
    const unsubscribe = records.onAppended?.(waiter.poke);
    try {
      while (!stopped) {
        const query = {
          afterPosition: checkpoint,
          maxCount: pageSize,
          ...pick(options.streamPrefix),
        };
        const page = await Effect.runPromise(Effect.result(records.readAll(query)));
        if (Result.isFailure(page)) throw page.failure;
        if (page.success.length === 0) {
          await waiter.wait(pollIntervalMs);
          continue;
        }
        const decoded = decodeRecords(codec, page.success);
        if (Result.isFailure(decoded)) throw decoded.failure;
        for (const event of decoded.success) {
          if (stopped) return;
          checkpoint = event.position;
          yield event;
        }
      }
    } finally {
      unsubscribe?.();
    }
  }

  return {
    stop: () => {
      stopped = true;
      waiter.poke();
    },
    [Symbol.asyncIterator]: () => iterate(),
  };
};

const pick = (streamPrefix: string | undefined) =>
  streamPrefix === undefined ? {} : { streamPrefix };
