/** Typed failures of the HTTP application services; `http/problemOf.ts` maps each once to RFC 9457 problem details. */
import { Schema } from "effect";

export class ScenarioNotFound extends Schema.TaggedError<ScenarioNotFound>()("ScenarioNotFound", {
  scenarioId: Schema.String,
  /** The request field that named the scenario (`baseline`, `variants[0]`); absent for a path id. */
  field: Schema.optionalKey(Schema.String),
}) {
  override get message(): string {
    return `scenariet ${this.scenarioId} findes ikke`;
  }
}

/** `If-Match` named another version than the stored one (RFC 9110 §13.1.1). */
export class ScenarioVersionStale extends Schema.TaggedError<ScenarioVersionStale>()(
  "ScenarioVersionStale",
  {
    scenarioId: Schema.String,
    expected: Schema.String,
    actual: Schema.Number,
  },
) {
  override get message(): string {
    return `scenariet ${this.scenarioId} er version ${this.actual}, ikke ${this.expected}`;
  }
}

/** The request clashes with stored state, e.g. saving over a library scenario or a new id that exists. */
export class ScenarioConflict extends Schema.TaggedError<ScenarioConflict>()("ScenarioConflict", {
  scenarioId: Schema.String,
  reason: Schema.String,
}) {
  override get message(): string {
    return `scenariet ${this.scenarioId}: ${this.reason}`;
  }
}

export class ComparisonNotFound extends Schema.TaggedError<ComparisonNotFound>()(
  "ComparisonNotFound",
  {
    comparisonId: Schema.String,
  },
) {
  override get message(): string {
    return `sammenligningen ${this.comparisonId} findes ikke`;
  }
}

/** A request field the services cannot use (decoded fine, but out of range or inconsistent). */
export class RequestInvalid extends Schema.TaggedError<RequestInvalid>()("RequestInvalid", {
  field: Schema.String,
  value: Schema.String,
  reason: Schema.String,
  status: Schema.Number,
}) {
  override get message(): string {
    return `${this.field} = ${this.value}: ${this.reason}`;
  }
}

/** The run queue is full; the client may retry after `retryAfterSeconds`. */
export class RunQueueFull extends Schema.TaggedError<RunQueueFull>()("RunQueueFull", {
  limit: Schema.Number,
  retryAfterSeconds: Schema.Number,
}) {
  override get message(): string {
    return `køen af kørsler er fuld (${this.limit} kørsler); prøv igen om ${this.retryAfterSeconds} s`;
  }
}

/** A route whose service is not available yet (e.g. history before History I lands). */
export class FeatureUnavailable extends Schema.TaggedError<FeatureUnavailable>()(
  "FeatureUnavailable",
  {
    feature: Schema.String,
  },
) {
  override get message(): string {
    return `${this.feature} er ikke tilgængelig i denne version`;
  }
}
