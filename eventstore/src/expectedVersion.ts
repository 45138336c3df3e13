/** Optimistic concurrency rules shared by every adapter, and the id-based idempotency filter. */
import { WrongExpectedVersion } from "./errors";
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
 * Drops records whose id is already stored or repeated earlier in the same append.
 * When every record was a duplicate the append is a retry and succeeds without a version check.
 */
export const withoutDuplicates = (
  records: ReadonlyArray<NewRecord>,
  isStored: (eventId: string) => boolean,
  seen: Set<string>,
): ReadonlyArray<NewRecord> =>
  records.filter((r) => {
    if (seen.has(r.eventId) || isStored(r.eventId)) return false;
    seen.add(r.eventId);
    return true;
  });

export interface PlanLookups {
  readonly streamVersion: (streamId: string) => number;
  readonly isStored: (eventId: string) => boolean;
}

/**
 * Validates every write before anything is stored, so a conflict in the last write leaves nothing behind.
 * Returns the writes with duplicates removed, or the first conflict. A write whose records were all
 * duplicates is a retry and skips the version check; an empty write still checks (a pure assertion).
 */
export const planWrites = (
  writes: ReadonlyArray<StreamWrite>,
  lookups: PlanLookups,
): WrongExpectedVersion | ReadonlyArray<StreamWrite> => {
  const seen = new Set<string>();
  const pending = new Map<string, number>();
  const planned: Array<StreamWrite> = [];
  for (const write of writes) {
    const records = withoutDuplicates(write.records, lookups.isStored, seen);
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
