/** `DomainEvent`: every persisted event (case and rekruttering streams), plus stream-name helpers. */
import { Schema } from "effect";
import { CaseEvent } from "./caseEvents";
import { RekrutteringEvent } from "./rekrutteringEvents";

export const DomainEvent = Schema.Union([CaseEvent, RekrutteringEvent]);
export type DomainEvent = typeof DomainEvent.Type;

/** Stream of a historical case: `sag-<caseId>`. */
export const caseStreamName = (caseId: string): string => `sag-${caseId}`;

/** Stream of an employer's rekrutteringsanmodning: `rekruttering-<id>`. */
export const rekrutteringStreamName = (id: string): string => `rekruttering-${id}`;

/** Stream of a simulated case, kept apart from history: `sim-<runId>-sag-<caseId>`. */
export const simCaseStreamName = (runId: string, caseId: string): string =>
  `sim-${runId}-sag-${caseId}`;
