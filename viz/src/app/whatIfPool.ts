/**
 * A small pool of what-if workers. A new run drops the queued replications of the previous one; a worker busy with a
 * stale replication finishes it and then takes the new work, so moving a slider never waits for old settings.
 */
import type { KpiSummaries, ModelParams } from "@sagsflow/simulator/model";
import { type Collected, replicationCollector } from "../workshop/replicationCollector";
import type {
  ReplicationJob,
  WhatIfJob,
  WhatIfReply,
  WhatIfScenario,
} from "../worker/workshopProtocol";

export interface WhatIfRun extends WhatIfScenario {
  readonly seed: number;
  readonly cases: number | null;
  readonly replications: number;
}

export interface WhatIfUpdate extends Collected {
  readonly kpis: KpiSummaries;
  /** Milliseconds from the request to this update (performance.now, the browser's own clock). */
  readonly elapsedMs: number;
}

export interface Described {
  readonly name: string;
  readonly params: ModelParams;
  readonly estimates: Readonly<Record<string, { low: unknown; high: unknown }>>;
}

/** A run's channel: a new run replaces the older one on its channel only (the reference survives lever moves). */
export type WhatIfChannel = "reference" | "whatif" | "sweep" | "preview" | "previewReference";

/** Queue order: the small foreløbig runs first, then the what-if, then the reference and sweeps. */
const RANK: Readonly<Record<WhatIfChannel, number>> = {
  preview: 0,
  previewReference: 0,
  whatif: 1,
  reference: 2,
  sweep: 2,
};

type Pending = {
  readonly job: WhatIfJob;
  readonly channel: WhatIfChannel | undefined;
  readonly reply: (r: WhatIfReply) => void;
};

export const createWhatIfPool = (size: number) => {
  const idle: Worker[] = [];
  const queue: Pending[] = [];
  const running = new Map<number, Pending>();
  let nextJob = 1;
  const generation: Record<WhatIfChannel, number> = {
    reference: 0,
    whatif: 0,
    sweep: 0,
    preview: 0,
    previewReference: 0,
  };
  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const w = idle.pop() as Worker;
      const p = queue.shift() as Pending;
      running.set(p.job.jobId, p);
      w.postMessage(p.job);
    }
  };
  for (let i = 0; i < size; i++) {
    const w = new Worker(new URL("../worker/workshopWorker.ts", import.meta.url), {
      type: "module",
    });
    w.onmessage = (msg: MessageEvent<WhatIfReply>) => {
      const p = running.get(msg.data.jobId);
      running.delete(msg.data.jobId);
      idle.push(w);
      p?.reply(msg.data);
      dispatch();
    };
    idle.push(w);
  }
  const submit = (
    job: WhatIfJob,
    reply: (r: WhatIfReply) => void,
    channel?: WhatIfChannel,
  ): void => {
    // The numbers for a moved lever come first: a job goes before every queued job of a later rank.
    const rank = channel === undefined ? 0 : RANK[channel];
    const at = queue.findIndex((p) => p.channel !== undefined && RANK[p.channel] > rank);
    queue.splice(at === -1 ? queue.length : at, 0, { job, channel, reply });
    dispatch();
  };
  return {
    size,
    describe: (s: WhatIfScenario): Promise<Described> =>
      new Promise((resolve, reject) =>
        submit({ kind: "describe", jobId: nextJob++, ...s }, (r) =>
          "error" in r ? reject(new Error(r.error)) : "params" in r ? resolve(r) : undefined,
        ),
      ),
    /** Starts a run; `onUpdate` gets a summary after every finished replication, `onError` the first problem. */
    run: (
      req: WhatIfRun,
      channel: WhatIfChannel,
      onUpdate: (u: WhatIfUpdate) => void,
      onError: (message: string) => void,
    ): void => {
      const mine = ++generation[channel];
      // Queued replications of an older run on this channel are dropped; describes and the other channel stay.
      queue.splice(0, queue.length, ...queue.filter((p) => p.channel !== channel));
      const started = performance.now();
      const collector = replicationCollector(req.replications);
      for (let r = 0; r < req.replications; r++) {
        const job: ReplicationJob = { kind: "run", jobId: nextJob++, ...req, replication: r };
        submit(
          job,
          (reply) => {
            if (mine !== generation[channel]) return;
            if ("error" in reply) return onError(reply.error);
            if ("kpis" in reply)
              onUpdate({
                ...collector.add(reply.replication, reply.kpis),
                elapsedMs: performance.now() - started,
              });
          },
          channel,
        );
      }
    },
  };
};

export type WhatIfPool = ReturnType<typeof createWhatIfPool>;
