/**
 * Where the application services get scenarios from: files (the CLI) or the catalog of library and saved scenarios
 * (HTTP). A service names the request field a reference came from, so a source's errors can point at it.
 */
import type { CompiledScenario } from "@sagsflow/scenarios";
import { loadScenario, type ScenarioInvalid } from "@sagsflow/scenarios/node";
import type { ModelParams } from "@sagsflow/simulator/model";
import { Effect, Result } from "effect";

export interface ScenarioRef {
  /** A file path (file source) or a scenario id (catalog). */
  readonly scenario: string;
  /** Parameter overrides by dotted path, applied before compiling. */
  readonly overrides?: Readonly<Record<string, unknown>> | undefined;
}

export interface SourcedScenario {
  readonly id: string;
  readonly name: string;
  readonly params: ModelParams;
  readonly provenance: CompiledScenario["provenance"];
  /** What this scenario extends (a variant's baseline) as a reference the same source loads; undefined at a root. */
  readonly parent: string | undefined;
}

export interface ScenarioSource<E> {
  /** `field` names where the reference came from (`baseline`, `variants[0]`, `scenario`) for error messages. */
  readonly load: (ref: ScenarioRef, field: string) => Effect.Effect<SourcedScenario, E>;
}

/** The parts of a compiled scenario a service needs; `parent` as the source spells references. */
export const sourced = (c: CompiledScenario, parent: string | undefined): SourcedScenario => ({
  id: c.meta.id,
  name: c.meta.name,
  params: c.params,
  provenance: c.provenance,
  parent,
});

/** Scenario files on disk; a variant's parent is the file it extends. */
export const fileSource: ScenarioSource<ScenarioInvalid> = {
  load: (ref) => {
    const loaded = loadScenario(ref.scenario);
    return Result.isFailure(loaded)
      ? Effect.fail(loaded.failure)
      : Effect.succeed(sourced(loaded.success, loaded.success.files.at(-2)));
  },
};
