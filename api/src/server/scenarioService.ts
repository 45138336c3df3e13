/**
 * Application service for scenarios: list and get (library and saved), validate, save a new variant, and update
 * one with optimistic concurrency (`If-Match: "<version>"`, 412 when stale; RFC 9110 §13.1.1).
 */
import type { AppendError } from "@sagsflow/eventstore";
import { parseScenarioText, type ScenarioInvalid } from "@sagsflow/scenarios";
import { Effect, Result } from "effect";
import type { ScenarioSaved } from "../persistence/apiEvents";
import type { ScenarioRepository } from "../persistence/scenarioRepository";
import {
  RequestInvalid,
  ScenarioConflict,
  ScenarioNotFound,
  ScenarioVersionStale,
} from "./apiErrors";
import type { ScenarioCatalog, ScenarioEntry } from "./scenarioCatalog";

export type SaveError =
  | ScenarioInvalid
  | ScenarioConflict
  | ScenarioNotFound
  | ScenarioVersionStale
  | RequestInvalid
  | AppendError;

export interface ScenarioService {
  readonly create: (yaml: string) => Effect.Effect<ScenarioEntry, SaveError>;
  /** `ifMatch` is the raw header value; a missing one is refused (428) so no save overwrites blindly. */
  readonly update: (
    id: string,
    yaml: string,
    ifMatch: string | undefined,
  ) => Effect.Effect<ScenarioEntry, SaveError>;
}

const unquote = (etag: string): string =>
  etag
    .trim()
    .replace(/^W\//, "")
    .replace(/^"(.*)"$/, "$1");

export const makeScenarioService = (
  catalog: ScenarioCatalog,
  repository: ScenarioRepository,
  clock: () => string,
): ScenarioService => {
  const write = (id: string, yaml: string, version: number) =>
    Effect.gen(function* () {
      const compiled = catalog.validate(yaml);
      if (Result.isFailure(compiled)) return yield* Effect.fail(compiled.failure);
      const meta = compiled.success.meta;
      if (meta.id !== id) {
        return yield* Effect.fail(
          new RequestInvalid({
            field: "id",
            value: meta.id,
            reason: `skal være ${id} (scenariets id i adressen)`,
            status: 422,
          }),
        );
      }
      // Saved files sit at the top of the virtual folder, so the parent's id plus `.yaml` is what `extends` names.
      const parentFile = compiled.success.files.at(-2);
      const extendsOf = parentFile === undefined ? undefined : catalog.idOfFile(parentFile);
      const saved: ScenarioSaved = {
        _tag: "ScenarioSaved",
        scenarioId: id,
        version,
        yaml,
        name: meta.name,
        family: meta.family ?? null,
        question: meta.question ?? null,
        extends: extendsOf === undefined ? null : `${extendsOf}.yaml`,
        savedAt: clock(),
      };
      yield* Effect.catchTag(repository.save(saved), "WrongExpectedVersion", (e) =>
        Effect.fail(
          new ScenarioVersionStale({
            scenarioId: id,
            expected: String(version - 1),
            actual: e.actual,
          }),
        ),
      );
      return catalog.get(id) as ScenarioEntry;
    });

  return {
    create: (yaml) =>
      Effect.gen(function* () {
        // The id is checked before compiling: a variant reusing its parent's id would otherwise read as a cycle.
        const parsed = parseScenarioText("scenario.yaml", yaml, false);
        const declared = Result.isSuccess(parsed)
          ? (parsed.success.tree as { id?: unknown } | null)?.id
          : undefined;
        if (typeof declared === "string" && catalog.get(declared) !== undefined) {
          return yield* Effect.fail(
            new ScenarioConflict({
              scenarioId: declared,
              reason: "findes allerede; brug PUT med If-Match for at gemme en ny version",
            }),
          );
        }
        const compiled = catalog.validate(yaml);
        if (Result.isFailure(compiled)) return yield* Effect.fail(compiled.failure);
        const id = compiled.success.meta.id;
        if (catalog.get(id) !== undefined) {
          return yield* Effect.fail(
            new ScenarioConflict({
              scenarioId: id,
              reason: "findes allerede; brug PUT med If-Match for at gemme en ny version",
            }),
          );
        }
        return yield* write(id, yaml, 1);
      }),
    update: (id, yaml, ifMatch) =>
      Effect.gen(function* () {
        if (catalog.isLibrary(id)) {
          return yield* Effect.fail(
            new ScenarioConflict({
              scenarioId: id,
              reason: "biblioteksscenarier kan ikke ændres; gem en variant med et nyt id",
            }),
          );
        }
        const current = repository.latest(id);
        if (current === undefined)
          return yield* Effect.fail(new ScenarioNotFound({ scenarioId: id }));
        if (ifMatch === undefined) {
          return yield* Effect.fail(
            new RequestInvalid({
              field: "If-Match",
              value: "(mangler)",
              reason: `angiv scenariets version, f.eks. If-Match: "${current.version}"`,
              status: 428,
            }),
          );
        }
        if (unquote(ifMatch) !== String(current.version)) {
          return yield* Effect.fail(
            new ScenarioVersionStale({
              scenarioId: id,
              expected: unquote(ifMatch),
              actual: current.version,
            }),
          );
        }
        return yield* write(id, yaml, current.version + 1);
      }),
  };
};
