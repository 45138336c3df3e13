/** `sagsflow worker [--concurrency N]`: registration only; the action module (and BullMQ) loads when it runs. */
import { type Command, Option } from "commander";
import type { CliIo } from "./cliIo";
import { parseWholeNumber } from "./commonOptions";
import type { CommandEffect } from "./commandEffect";

export interface WorkerFlags {
  readonly concurrency?: number;
  readonly lockDuration?: number;
  readonly stalledInterval?: number;
}

export const registerWorker = (
  program: Command,
  io: CliIo,
  submit: (e: CommandEffect) => void,
): void => {
  program
    .command("worker")
    .description(
      "tag replikationsjob fra Redis-køen (REDIS_URL) til SIGTERM; kør så mange maskiner, som der er brug for",
    )
    .addOption(
      new Option("--concurrency <n>", "job ad gangen og worker-tråde (standard: 1)").argParser(
        parseWholeNumber,
      ),
    )
    .addOption(
      new Option("--lock-duration <ms>", "lås på et job; udløber den, tager en anden worker det")
        .argParser(parseWholeNumber)
        .hideHelp(),
    )
    .addOption(
      new Option("--stalled-interval <ms>", "hvor ofte der ledes efter gået-i-stå job")
        .argParser(parseWholeNumber)
        .hideHelp(),
    )
    .action(async (flags: WorkerFlags) =>
      submit((await import("./workerAction")).workerAction(flags, io)),
    );
};
