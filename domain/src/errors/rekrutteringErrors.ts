/** Tagged errors of the rekrutteringsanmodning decider: id, rule and offending value. */
import { Schema } from "effect";

const fields = { rekrutteringId: Schema.String, rule: Schema.String, value: Schema.String };

export class RekrutteringsanmodningMissing extends Schema.TaggedError<RekrutteringsanmodningMissing>()(
  "RekrutteringsanmodningMissing",
  fields,
) {}
export class RekrutteringsanmodningAlreadyReceived extends Schema.TaggedError<RekrutteringsanmodningAlreadyReceived>()(
  "RekrutteringsanmodningAlreadyReceived",
  fields,
) {}
export class RekrutteringsanmodningNotOpen extends Schema.TaggedError<RekrutteringsanmodningNotOpen>()(
  "RekrutteringsanmodningNotOpen",
  fields,
) {}

export type RekrutteringError =
  | RekrutteringsanmodningMissing
  | RekrutteringsanmodningAlreadyReceived
  | RekrutteringsanmodningNotOpen;
