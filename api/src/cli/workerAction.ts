/**
 * The `worker` action: takes replication blocks from the Redis queue until SIGTERM or SIGINT, then finishes the
 * blocks in hand and exits 0 (a block cut short would only be recomputed, but finishing it wastes nothing).
 */
import { Effect, Result } from "effect";
import { OptionInvalid } from "../application";
import { queueConfig, redisLabel } from "../queue/queueConfig";
import { startQueueWorker } from "../queue/queueWorker";
import type { CliIo } from "./cliIo";
import type { CommandEffect } from "./commandEffect";
import type { WorkerFlags } from "./workerCommand";

const untilSignal = (): Promise<NodeJS.Signals> =>
  new Promise((resolve) => {
    for (const signal of ["SIGTERM", "SIGINT"] as const)
      process.once(signal, () => resolve(signal));
  });

export const workerAction = (flags: WorkerFlags, io: CliIo): CommandEffect =>
  Effect.gen(function* () {
    const config = queueConfig(process.env, "redis");
    if (Result.isFailure(config)) {
      const { field, value, reason } = config.failure;
      return yield* Effect.fail(new OptionInvalid({ option: field, value, reason }));
    }
    const concurrency = flags.concurrency ?? 1;
    if (concurrency < 1)
      return yield* Effect.fail(
        new OptionInvalid({
          option: "concurrency",
          value: String(concurrency),
          reason: "skal være mindst 1",
        }),
      );
    const { redisUrl } = config.success;
    return yield* Effect.promise(async () => {
      const signal = untilSignal();
      const worker = startQueueWorker({
        redisUrl,
        concurrency,
        lockDuration: flags.lockDuration,
        stalledInterval: flags.stalledInterval,
        log: (line) => io.stderr.write(`sagsflow worker: ${line}\n`),
      });
      await worker.ready;
      io.stderr.write(`sagsflow worker: ${concurrency} ad gangen fra ${redisLabel(redisUrl)}\n`);
      const received = await signal;
      io.stderr.write(`sagsflow worker: ${received}, gør igangværende job færdige\n`);
      await worker.close();
      return "";
    });
  });
