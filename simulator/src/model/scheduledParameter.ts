/**
 * A model parameter that changes over the simulated calendar (issue 17 item 1): steps (a value from a date on) or a
 * linear ramp. The parameter's plain value in ModelParams holds before the first step (or the ramp's start), so
 * sensitivity varies it as any other value; the simulator resolves the rest by day in paramsOnDay.ts.
 */
import { isIsoDate } from "@sagsflow/domain";
import { Schema } from "effect";
import type { CaseworkerTime } from "../resources/caseworkerDesk";

const IsoDateText = Schema.String.check(
  Schema.makeFilter((s: string) => isIsoDate(s) || `not a calendar date (YYYY-MM-DD): ${s}`),
);

const Step = Schema.Struct({
  from: IsoDateText,
  value: Schema.Union([Schema.Number, Schema.String]),
});

export const ScheduledParameter = Schema.Union([
  Schema.Struct({
    /** Dotted path of the parameter, e.g. `staff.sagsbehandler.sicknessShare`. */
    path: Schema.String,
    /** Later values in date order; the plain value holds before the first. */
    steps: Schema.Array(Step).check(Schema.isMinLength(1)),
  }),
  Schema.Struct({
    path: Schema.String,
    /** From the plain value at `start` to `to` at `end`, linear by day; `to` holds after. */
    ramp: Schema.Struct({ to: Schema.Number, start: IsoDateText, end: IsoDateText }),
  }),
]);
export type ScheduledParameter = typeof ScheduledParameter.Type;

/**
 * A role's working-time fields the desks read day by day (paramsOnDay.ts `staffTimeOn`), each schedulable:
 * the CaseworkerTime fields, and hired-in `externalFte` that adds to `fte`. One list for both readers.
 */
export const STAFF_TIME_FIELDS = [
  "fte",
  "sicknessShare",
  "sicknessSpellDays",
  "workMinutesPerDay",
  "meetingMinutes",
  "journalMinutesPerMeeting",
  "adminMinutesPerCaseWeek",
  "adminMaxShare",
  "otherMinutesPerDay",
] as const satisfies ReadonlyArray<keyof CaseworkerTime>;

const STAFF_FIELDS = [...STAFF_TIME_FIELDS, "externalFte"] as const;

/**
 * The parameters the model reads day by day, so a schedule on them acts (one place; the scenario compiler refuses a
 * schedule anywhere else rather than ignore it): staff time per role, arrivals and the rule regime.
 */
export const SCHEDULABLE_PATHS: ReadonlySet<string> = new Set([
  ...["sagsbehandler", "jobkonsulent", "virksomhedskonsulent"].flatMap((role) =>
    STAFF_FIELDS.map((f) => `staff.${role}.${f}`),
  ),
  "arrivals.perWeek",
  "regime",
]);
