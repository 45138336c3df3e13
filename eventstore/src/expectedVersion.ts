/**
 * Optimistic concurrency rules shared by every adapter, and the event-id rules (docs/decisions/0190): an id is unique
 * in the store; the same id to the same stream is a retry and is skipped, an id used in another stream is refused.
 */
import { EventIdConflict, WrongExpectedVersion } from "./errors";
import type { ExpectedVersion } from "./eventStore";
import type { NewRecord, StreamWrite } from "./recordStore";

/** Returns the conflict, or undefined when `actual` (0 = no stream) satisfies `expected`. */
export const checkExpectedVersion = (
  streamId: string,
  expected: ExpectedVersion,
  actual: number,
): WrongExpectedVersion | undefined => {
  if (expected === "any") return undefined;
  const wanted = expected === "noStream" ? 0 : expected;
  return wanted === actual ? undefined : new WrongExpectedVersion({ streamId, expected, actual });
};

/**
 * The records of one write that are new: drops ids already stored in (or earlier in this append given for) the same
 * stream; an id that belongs to another stream is an `EventIdConflict`. `owners` collects the ids of this append.
 */
export const withoutDuplicates = (
  streamId: string,
  records: ReadonlyArray<NewRecord>,
  storedIn: (eventId: string) => string | undefined,
  owners: Map<string, string>,
): ReadonlyArray<NewRecord> | EventIdConflict => {
  const kept: Array<NewRecord> = [];
  for (const r of records) {
    const owner = owners.get(r.eventId) ?? storedIn(r.eventId);
    if (owner === undefined) {
      owners.set(r.eventId, streamId);
      kept.push(r);
    } else if (owner !== streamId) {
      return new EventIdConflict({ eventId: r.eventId, streamId, storedIn: owner });
    }
  }
  return kept;
};

export interface PlanLookups {
  readonly streamVersion: (streamId: string) => number;
  /** The stream an event id is stored in, if any. */
  readonly storedIn: (eventId: string) => string | undefined;
}

/**
 * Validates every write before anything is stored, so a conflict in the last write leaves nothing behind.
 * Returns the writes with duplicates removed, or the first conflict. A write whose records were all
 * duplicates is a retry and skips the version check; an empty write still checks (a pure assertion).
 */
export const planWrites = (
  writes: ReadonlyArray<StreamWrite>,
  lookups: PlanLookups,
): WrongExpectedVersion | EventIdConflict | ReadonlyArray<StreamWrite> => {
  const owners = new Map<string, string>();
  const pending = new Map<string, number>();
  const planned: Array<StreamWrite> = [];
  for (const write of writes) {
    const records = withoutDuplicates(write.streamId, write.records, lookups.storedIn, owners);
    if (records instanceof EventIdConflict) return records;
    const actual = pending.get(write.streamId) ?? lookups.streamVersion(write.streamId);
    if (records.length > 0 || write.records.length === 0) {
      const conflict = checkExpectedVersion(write.streamId, write.expectedVersion, actual);
      if (conflict !== undefined) return conflict;
    }
    pending.set(write.streamId, actual + records.length);
    planned.push({ ...write, records });
  }
  return planned;
};
