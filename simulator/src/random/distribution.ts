/**
 * The shape every sampler shares, and the error returned when a parameter is out of range.
 * Theoretical moments ride along so tests and reports can compare samples against them.
 */
import { Result, Schema } from "effect";
import type { Rng } from "./rng";

export interface Distribution {
  readonly name: string;
  /** Theoretical mean, or null where it is undefined or not known in closed form. */
  readonly mean: number | null;
  /** Theoretical variance, or null where it is undefined or not known in closed form. */
  readonly variance: number | null;
  sample(rng: Rng): number;
}

export class DistributionParameterInvalid extends Schema.TaggedError<DistributionParameterInvalid>()(
  "DistributionParameterInvalid",
  {
    distribution: Schema.String,
    parameter: Schema.String,
    value: Schema.Unknown,
    rule: Schema.String,
  },
) {
  override get message(): string {
    return `${this.distribution}: ${this.parameter} ${String(this.value)} ${this.rule}`;
  }
}

export type DistributionResult = Result.Result<Distribution, DistributionParameterInvalid>;

/** Checks `value` against `ok`; returns the error naming the parameter, or undefined when valid. */
export function checkParameter(
  distribution: string,
  parameter: string,
  value: number,
  ok: (v: number) => boolean,
  rule: string,
): DistributionParameterInvalid | undefined {
  return Number.isFinite(value) && ok(value)
    ? undefined
    : new DistributionParameterInvalid({ distribution, parameter, value, rule });
}

/** First failing check as a failure, else the distribution built by `make`. */
export function validated(
  checks: ReadonlyArray<DistributionParameterInvalid | undefined>,
  make: () => Distribution,
): DistributionResult {
  for (const error of checks) if (error !== undefined) return Result.fail(error);
  return Result.succeed(make());
}

export const positive = (v: number): boolean => v > 0;
export const nonNegative = (v: number): boolean => v >= 0;
export const anyFinite = (): boolean => true;
