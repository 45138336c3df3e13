/** Reads every history case stream (`sag-*`, never simulated `sim-*`) from the store in pages and
 *  groups the events per case in stream order (architecture.md "Stream names"). */
import type { CaseEvent, DomainEvent } from "@sagsflow/domain";
import {
  CASE_STREAM_PREFIX,
  type EventMetadata,
  type EventStore,
  type ReadError,
} from "@sagsflow/eventstore";
import { Effect } from "effect";

export interface StoredCase {
  readonly caseId: string;
  readonly events: Array<CaseEvent>;
  /** Metadata of the first event: the import's `caseAttributes` live there. */
  readonly metadata: EventMetadata | undefined;
}

const PAGE = 10_000;

/**
 * All stored cases in order of their first event's position.
 * @example const cases = yield* readCaseStreams(store)
 */
export const readCaseStreams = (
  store: EventStore<DomainEvent>,
  pageSize = PAGE,
): Effect.Effect<ReadonlyArray<StoredCase>, ReadError> =>
  Effect.gen(function* () {
    const byStream = new Map<string, StoredCase>();
    let after = 0;
    for (;;) {
      const page = yield* store.readAll({
        afterPosition: after,
        maxCount: pageSize,
        streamPrefix: CASE_STREAM_PREFIX,
      });
      for (const r of page) {
        let c = byStream.get(r.streamId);
        if (c === undefined) {
          c = {
            caseId: r.streamId.slice(CASE_STREAM_PREFIX.length),
            events: [],
            metadata: r.metadata,
          };
          byStream.set(r.streamId, c);
        }
        // Only case events live in `sag-` streams; the codec decodes the whole DomainEvent union.
        c.events.push(r.event as CaseEvent);
      }
      const last = page.at(-1);
      if (last === undefined || page.length < pageSize) return [...byStream.values()];
      after = last.position;
    }
  });
