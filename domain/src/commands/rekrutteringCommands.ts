/** Commands on a rekrutteringsanmodning stream (`<Verb><Noun>`), payloads shared with their events. */
import { Schema } from "effect";
import { rekrutteringEventFields as F } from "../events/rekrutteringEvents";

export const ReceiveRekrutteringsanmodning = Schema.TaggedStruct(
  "ReceiveRekrutteringsanmodning",
  F.RekrutteringsanmodningReceived,
);
export const FillRekrutteringsanmodning = Schema.TaggedStruct(
  "FillRekrutteringsanmodning",
  F.RekrutteringsanmodningFilled,
);
export const ExpireRekrutteringsanmodning = Schema.TaggedStruct(
  "ExpireRekrutteringsanmodning",
  F.RekrutteringsanmodningExpired,
);

export const RekrutteringCommand = Schema.Union([
  ReceiveRekrutteringsanmodning,
  FillRekrutteringsanmodning,
  ExpireRekrutteringsanmodning,
]);
export type RekrutteringCommand = typeof RekrutteringCommand.Type;
