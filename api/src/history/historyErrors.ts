/** Typed failures of the history services that no other package owns; each names the option and value. */
import { Schema } from "effect";

/** `--from`/`--to` is not an ISO date, or the range is empty (CLI exit 2). */
export class HistoryRangeInvalid extends Schema.TaggedError<HistoryRangeInvalid>()("HistoryRangeInvalid", {
  option: Schema.String,
  value: Schema.String,
  reason: Schema.String,
}) {
  override get message(): string {
    return `${this.option} = ${this.value}: ${this.reason}`;
  }
}
