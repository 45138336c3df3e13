/** One case's stored events with its deadlines and outcome, for the timeline view (`history case`). */
import { type CaseEvent, type DomainEvent, fromEpochDay, summarizeCase } from "@sagsflow/domain";
import {
  caseStreamId,
  type EventStore,
  type ReadError,
  type StreamNotFound,
} from "@sagsflow/eventstore";
import { Effect } from "effect";

export interface TimelineDeadline {
  readonly rule: string;
  /** Law section or circular the deadline comes from. */
  readonly source: string;
  readonly due: string;
  readonly status: "met" | "late" | "open";
  readonly metOn: string | null;
  readonly daysLate: number;
}

export interface CaseTimeline {
  readonly schemaVersion: 1;
  readonly caseId: string;
  readonly events: ReadonlyArray<{ readonly version: number; readonly event: CaseEvent }>;
  /** "open" until closed or in job; null without a SygemeldingReceived. */
  readonly outcome: string | null;
  readonly deadlines: ReadonlyArray<TimelineDeadline>;
}

/**
 * @param asOf evaluation day (ISO); default the case's last event.
 * @example const t = yield* caseTimeline(store, "S-1001") // fails with StreamNotFound for an unknown case
 */
export const caseTimeline = (
  store: EventStore<DomainEvent>,
  caseId: string,
  asOf?: string,
): Effect.Effect<CaseTimeline, StreamNotFound | ReadError> =>
  Effect.map(store.readStream(caseStreamId(caseId)), (records) => {
    const events = records.map((r) => ({ version: r.version, event: r.event as CaseEvent }));
    const s = summarizeCase(
      events.map((e) => e.event),
      asOf === undefined ? {} : { asOf },
    );
    return {
      schemaVersion: 1,
      caseId,
      events,
      outcome: s?.outcome ?? null,
      deadlines: (s?.deadlines ?? []).map((d) => ({
        rule: d.rule,
        source: d.source,
        due: fromEpochDay(d.due),
        status: d.status,
        metOn: d.metOn === undefined ? null : fromEpochDay(d.metOn),
        daysLate: d.daysLate,
      })),
    };
  });
