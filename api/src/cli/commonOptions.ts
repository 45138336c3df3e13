/** Options shared by `run`, `compare` and `events`, with parsers that reject anything but whole numbers (exit 2). */
import { type Command, InvalidArgumentError, Option } from "commander";

export const parseWholeNumber = (text: string): number => {
  if (!/^\d+$/.test(text.trim())) throw new InvalidArgumentError("skal være et helt tal");
  return Number(text);
};

export interface SimulationFlags {
  readonly seed: number;
  readonly cases?: number;
}

export interface ReplicationFlags extends SimulationFlags {
  readonly replications: number;
  readonly workers?: number;
  readonly queue?: string;
  readonly json?: boolean;
}

export const DEFAULT_REPLICATIONS = 10;

export const addSimulationOptions = (command: Command): Command =>
  command
    .addOption(
      new Option("--seed <n>", "grundfrø for tilfældige tal")
        .argParser(parseWholeNumber)
        .default(1),
    )
    .addOption(
      new Option("--cases <n>", "højst så mange målte sager (horizon.maxCases)").argParser(
        parseWholeNumber,
      ),
    );

export const addReplicationOptions = (command: Command): Command =>
  addSimulationOptions(command)
    .addOption(
      new Option("--replications <n>", "antal replikationer")
        .argParser(parseWholeNumber)
        .default(DEFAULT_REPLICATIONS),
    )
    .addOption(
      new Option(
        "--workers <n>",
        "worker-tråde (1 = i processen); ændrer ikke resultatet",
      ).argParser(parseWholeNumber),
    )
    .addOption(queueOption())
    .option("--json", "maskinlæsbart JSON (schemaVersion 1) på stdout");

/** `--queue local|redis`: where replications run (default SAGSFLOW_QUEUE, else local); never the result. */
export const queueOption = (): Option =>
  new Option(
    "--queue <kind>",
    "local (denne maskine) eller redis (sagsflow worker via REDIS_URL)",
  ).choices(["local", "redis"]);
