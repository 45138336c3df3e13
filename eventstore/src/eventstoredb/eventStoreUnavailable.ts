/** Typed failure when no EventStoreDB/KurrentDB server answers at the configured URL (the CLI maps it to exit 3). */
import { Schema } from "effect";

/** The server at `url` (password redacted) did not answer within the connect timeout or refused the connection. */
export class EventStoreUnavailable extends Schema.TaggedError<EventStoreUnavailable>()(
  "EventStoreUnavailable",
  {
    url: Schema.String,
    reason: Schema.String,
  },
) {
  override get message(): string {
    return `EventStoreDB at ${this.url} is unavailable: ${this.reason}`;
  }
}

/** Hides the password of `esdb://user:password@host` so the URL can be shown to users and logs. */
export const redactUrl = (url: string): string =>
  url.replace(/^([a-z+]+:\/\/[^:@/]+):[^@/]*@/i, "$1:***@");
