/**
 * Variant-minus-baseline differences paired by replication index (same seed, common random
 * numbers), summarized with their CI. Pairing removes the shared noise from the difference.
 */
import { Result, Schema } from "effect";
import { type Summary, summarize } from "./summarize";

export class ReplicationCountMismatch extends Schema.TaggedError<ReplicationCountMismatch>()(
  "ReplicationCountMismatch",
  { variant: Schema.Number, baseline: Schema.Number },
) {
  override get message(): string {
    return `paired difference needs equal replication counts: variant ${this.variant}, baseline ${this.baseline}`;
  }
}

/** Pairs where either side is null or non-finite are dropped (n counts the pairs used). */
export function pairedDifference(
  variant: ReadonlyArray<number | null>,
  baseline: ReadonlyArray<number | null>,
): Result.Result<Summary, ReplicationCountMismatch> {
  if (variant.length !== baseline.length) {
    return Result.fail(
      new ReplicationCountMismatch({ variant: variant.length, baseline: baseline.length }),
    );
  }
  return Result.succeed(
    summarize(
      variant.map((v, i) => {
        const b = baseline[i] ?? null;
        return v === null || b === null ? null : v - b;
      }),
    ),
  );
}
