/** The `sensitivity` action: the one-at-a-time table ranked by swing plus the LHS summary, or the JSON contract. */
import { Effect } from "effect";
import { OptionInvalid } from "../application";
import { sensitivity } from "../application/sensitivity";
import { formatSensitivityTable } from "./formatSensitivityTable";
import { toJsonText } from "./jsonOutput";
import type { CommandEffect } from "./program";

export interface SensitivityFlags {
  readonly seed: number;
  readonly cases?: number;
  readonly kpi: string;
  readonly samples: number;
  readonly replications: number;
  readonly workers?: number;
  readonly json?: boolean;
}

/** The service names its options bare (`kpi`); the user typed `--kpi`. */
const asFlag = (e: unknown): unknown =>
  e instanceof OptionInvalid && /^[a-z]+$/.test(e.option) && e.option !== "variant"
    ? new OptionInvalid({ option: `--${e.option}`, value: e.value, reason: e.reason })
    : e;

export const sensitivityAction = (variant: string, flags: SensitivityFlags): CommandEffect =>
  Effect.map(Effect.mapError(sensitivity({ ...flags, file: variant }), asFlag), (report) =>
    flags.json === true ? toJsonText(report) : formatSensitivityTable(report),
  );
