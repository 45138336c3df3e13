/** Employer demand stream (`rekruttering-<id>`): a rekrutteringsanmodning is received, filled by cases, or expires. */
import { Schema } from "effect";
import { IsoDate } from "../time/isoDate";

const base = { rekrutteringId: Schema.String, date: IsoDate };
const Positions = Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 1000 })));

export const rekrutteringEventFields = {
  RekrutteringsanmodningReceived: {
    ...base,
    employerId: Schema.String,
    sector: Schema.String,
    positions: Positions,
    deadline: IsoDate,
  },
  /** One position filled by the citizen of `caseId`. */
  RekrutteringsanmodningFilled: { ...base, caseId: Schema.String },
  RekrutteringsanmodningExpired: { ...base },
} as const;

export const RekrutteringsanmodningReceived = Schema.TaggedStruct(
  "RekrutteringsanmodningReceived",
  rekrutteringEventFields.RekrutteringsanmodningReceived,
);
export const RekrutteringsanmodningFilled = Schema.TaggedStruct(
  "RekrutteringsanmodningFilled",
  rekrutteringEventFields.RekrutteringsanmodningFilled,
);
export const RekrutteringsanmodningExpired = Schema.TaggedStruct(
  "RekrutteringsanmodningExpired",
  rekrutteringEventFields.RekrutteringsanmodningExpired,
);

export const RekrutteringEvent = Schema.Union([
  RekrutteringsanmodningReceived,
  RekrutteringsanmodningFilled,
  RekrutteringsanmodningExpired,
]);
export type RekrutteringEvent = typeof RekrutteringEvent.Type;
