/** Deterministic event ids for imported cases: re-importing the same file yields the same ids, which
 *  the store treats as an idempotent retry, so nothing is stored twice (issue 8, item 1). */
import { createHash } from "node:crypto";

/** UUID-shaped (EventStoreDB accepts only UUIDs), version nibble 5 and RFC 4122 variant like a v5 name id. */
const uuidOf = (hex: string): string =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((Number.parseInt(hex[16] ?? "0", 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;

/**
 * One id per event from (case id, index, event JSON): the same case content gives the same ids,
 * and any change to an event or its position gives new ones.
 * @example caseEventIds("S-1", events)[0] // "3f2a…-5…"
 */
export function caseEventIds(
  caseId: string,
  events: ReadonlyArray<unknown>,
): ReadonlyArray<string> {
  return events.map((event, index) =>
    uuidOf(
      createHash("sha256")
        .update(`${caseId}\u0000${index}\u0000${JSON.stringify(event)}`)
        .digest("hex"),
    ),
  );
}
