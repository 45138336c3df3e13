/**
 * Tagged domain errors returned (never thrown) by the case decider. Every error names the case,
 * the rule broken (with its source) and the offending value, so edges can print one clear line.
 */
import { Schema } from "effect";

const fields = { caseId: Schema.String, rule: Schema.String, value: Schema.String };

export class SygemeldingMissing extends Schema.TaggedError<SygemeldingMissing>()(
  "SygemeldingMissing",
  fields,
) {}
export class SygemeldingAlreadyReceived extends Schema.TaggedError<SygemeldingAlreadyReceived>()(
  "SygemeldingAlreadyReceived",
  fields,
) {}
export class CaseAlreadyClosed extends Schema.TaggedError<CaseAlreadyClosed>()(
  "CaseAlreadyClosed",
  fields,
) {}
export class DateOutOfOrder extends Schema.TaggedError<DateOutOfOrder>()(
  "DateOutOfOrder",
  fields,
) {}
export class RaskmeldingAlreadyRegistered extends Schema.TaggedError<RaskmeldingAlreadyRegistered>()(
  "RaskmeldingAlreadyRegistered",
  fields,
) {}
export class KategoriNotInRegime extends Schema.TaggedError<KategoriNotInRegime>()(
  "KategoriNotInRegime",
  fields,
) {}
export class RuleNotInRegime extends Schema.TaggedError<RuleNotInRegime>()(
  "RuleNotInRegime",
  fields,
) {}
export class FastTrackRequestTooLate extends Schema.TaggedError<FastTrackRequestTooLate>()(
  "FastTrackRequestTooLate",
  fields,
) {}
export class FastTrackAlreadyRequested extends Schema.TaggedError<FastTrackAlreadyRequested>()(
  "FastTrackAlreadyRequested",
  fields,
) {}
export class CitizenNotLedig extends Schema.TaggedError<CitizenNotLedig>()(
  "CitizenNotLedig",
  fields,
) {}
export class CitizenNotAnsat extends Schema.TaggedError<CitizenNotAnsat>()(
  "CitizenNotAnsat",
  fields,
) {}
export class JobafklaringNotAllowed extends Schema.TaggedError<JobafklaringNotAllowed>()(
  "JobafklaringNotAllowed",
  fields,
) {}
export class RevurderingGroundMissing extends Schema.TaggedError<RevurderingGroundMissing>()(
  "RevurderingGroundMissing",
  fields,
) {}
export class PraktikNotStarted extends Schema.TaggedError<PraktikNotStarted>()(
  "PraktikNotStarted",
  fields,
) {}
export class PraktikAlreadyStarted extends Schema.TaggedError<PraktikAlreadyStarted>()(
  "PraktikAlreadyStarted",
  fields,
) {}
export class VirksomhedsserviceHandoffMissing extends Schema.TaggedError<VirksomhedsserviceHandoffMissing>()(
  "VirksomhedsserviceHandoffMissing",
  fields,
) {}
export class JobafklaringAlreadyStarted extends Schema.TaggedError<JobafklaringAlreadyStarted>()(
  "JobafklaringAlreadyStarted",
  fields,
) {}
export class JobAlreadyStarted extends Schema.TaggedError<JobAlreadyStarted>()(
  "JobAlreadyStarted",
  fields,
) {}

/** Every error the case decider can return. */
export type CaseError =
  | SygemeldingMissing
  | SygemeldingAlreadyReceived
  | CaseAlreadyClosed
  | DateOutOfOrder
  | RaskmeldingAlreadyRegistered
  | KategoriNotInRegime
  | RuleNotInRegime
  | FastTrackRequestTooLate
  | FastTrackAlreadyRequested
  | CitizenNotLedig
  | CitizenNotAnsat
  | JobafklaringNotAllowed
  | RevurderingGroundMissing
  | PraktikNotStarted
  | PraktikAlreadyStarted
  | VirksomhedsserviceHandoffMissing
  | JobafklaringAlreadyStarted
  | JobAlreadyStarted;

/** One line for users: `KategoriNotInRegime: sag 42, <rule>, value 3`. No stack trace. */
export const formatCaseError = (e: CaseError): string =>
  `${e._tag}: sag ${e.caseId}, ${e.rule}, value ${e.value}`;
