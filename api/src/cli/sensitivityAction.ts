/** The `sensitivity` action: the one-at-a-time table ranked by swing plus the LHS summary, or the JSON contract. */
import { Effect } from "effect";
import { sensitivity } from "../application/sensitivity";
import { asFlagError } from "./asFlagError";
import { formatSensitivityTable } from "./formatSensitivityTable";
import { toJsonText } from "./jsonOutput";
import type { CommandEffect } from "./commandEffect";

export interface SensitivityFlags {
  readonly seed: number;
  readonly cases?: number;
  readonly kpi: string;
  readonly samples: number;
  readonly replications: number;
  readonly workers?: number;
  readonly queue?: string;
  readonly json?: boolean;
}

export const sensitivityAction = (variant: string, flags: SensitivityFlags): CommandEffect =>
  Effect.map(asFlagError(sensitivity({ ...flags, file: variant })), (report) =>
    flags.json === true ? toJsonText(report) : formatSensitivityTable(report),
  );
