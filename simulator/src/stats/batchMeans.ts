/**
 * Batch means for one long run: split the (post-warm-up) series into equal consecutive batches
 * and treat batch averages as approximately independent observations (Law & Kelton, ch. 9.5).
 */
import { Result, Schema } from "effect";
import { type Summary, summarize } from "./summarize";

export class BatchCountInvalid extends Schema.TaggedError<BatchCountInvalid>()(
  "BatchCountInvalid",
  {
    batches: Schema.Number,
    observations: Schema.Number,
    rule: Schema.String,
  },
) {
  override get message(): string {
    return `batches ${this.batches} ${this.rule} (observations ${this.observations})`;
  }
}

/** Summary over `batches` batch means; leftover observations at the start are dropped (extra warm-up). */
export function batchMeans(
  series: ReadonlyArray<number>,
  batches: number,
): Result.Result<Summary, BatchCountInvalid> {
  const observations = series.length;
  if (!Number.isInteger(batches) || batches < 2) {
    return Result.fail(
      new BatchCountInvalid({ batches, observations, rule: "must be an integer >= 2" }),
    );
  }
  const size = Math.floor(observations / batches);
  if (size < 1) {
    return Result.fail(
      new BatchCountInvalid({ batches, observations, rule: "must not exceed the observations" }),
    );
  }
  const offset = observations - size * batches;
  const means: Array<number> = [];
  for (let b = 0; b < batches; b++) {
    let sum = 0;
    for (let i = 0; i < size; i++) sum += series[offset + b * size + i] as number;
    means.push(sum / size);
  }
  return Result.succeed(summarize(means));
}
