/** Typed failures of the application services that are not owned by another package (scenario and store errors are). */
import { Schema } from "effect";

/** An option value the services cannot use, e.g. `replications = 0`; the CLI maps it to exit 2. */
export class OptionInvalid extends Schema.TaggedError<OptionInvalid>()("OptionInvalid", {
  option: Schema.String,
  value: Schema.String,
  reason: Schema.String,
}) {
  override get message(): string {
    return `${this.option} = ${this.value}: ${this.reason}`;
  }
}

/** The configured event store could not be opened or written; names the store and its file or URL (exit 3). */
export class StoreUnavailable extends Schema.TaggedError<StoreUnavailable>()("StoreUnavailable", {
  store: Schema.String,
  reason: Schema.String,
}) {
  override get message(): string {
    return `hændelseslageret ${this.store} er utilgængeligt: ${this.reason}`;
  }
}

/** A simulation replication failed (a model defect, exit 1); carries the replication index. */
export class SimulationFailed extends Schema.TaggedError<SimulationFailed>()("SimulationFailed", {
  replication: Schema.Number,
  reason: Schema.String,
}) {
  override get message(): string {
    return `replikation ${this.replication} fejlede: ${this.reason}`;
  }
}
