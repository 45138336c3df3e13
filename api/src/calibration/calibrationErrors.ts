/** Typed failures of the calibration services (issue 9); each names what was missing or wrong. */
import { Schema } from "effect";

/** The store holds no case to calibrate, validate or forecast from (CLI exit 2). */
export class HistoryEmpty extends Schema.TaggedError<HistoryEmpty>()("HistoryEmpty", {
  reason: Schema.String,
}) {
  override get message(): string {
    return `historikken er tom: ${this.reason}`;
  }
}

/** `--from`/`--to` is not an ISO date, or the range is reversed (CLI exit 2). */
export class CalibrationRangeInvalid extends Schema.TaggedError<CalibrationRangeInvalid>()(
  "CalibrationRangeInvalid",
  {
    option: Schema.String,
    value: Schema.String,
    reason: Schema.String,
  },
) {
  override get message(): string {
    return `${this.option} = ${this.value}: ${this.reason}`;
  }
}
