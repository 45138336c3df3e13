/**
 * Application service `events`: the complete event log of one replication, as simulated streams
 * `sim-<runId>-sag-<caseId>` and `sim-<runId>-rekruttering-<id>` (architecture.md "Stream names").
 */
import { createHash } from "node:crypto";
import type { CaseEvent, RekrutteringEvent } from "@sagsflow/domain";
import { simulatedCaseStreamId, simulationRunPrefix } from "@sagsflow/eventstore";
import type { ScenarioInvalid } from "@sagsflow/scenarios/node";
import { replicationSeed, runCaseFlow } from "@sagsflow/simulator/model";
import { Effect } from "effect";
import { OptionInvalid } from "./applicationErrors";
import { checkRunOptions, loadParams } from "./loadParams";

interface StreamOf<K extends string, E> {
  readonly streamId: string;
  readonly kind: K;
  /** Case id or rekruttering id. */
  readonly id: string;
  /** Arrived inside the measurement window (not warm-up or backlog). */
  readonly measured: boolean;
  readonly events: ReadonlyArray<E>;
}

export type SimulatedStream =
  | StreamOf<"sag", CaseEvent>
  | StreamOf<"rekruttering", RekrutteringEvent>;

export interface SimulatedLog {
  readonly runId: string;
  readonly scenario: string;
  readonly seed: number;
  readonly streams: ReadonlyArray<SimulatedStream>;
}

export interface SimulatedEventsOptions {
  readonly file: string;
  readonly seed: number;
  readonly cases?: number | undefined;
  /** Default `<scenarioId>-<hash of parameters and seed>`: the same run always gets the same id. */
  readonly runId?: string | undefined;
}

const RUN_ID = /^[a-z0-9][a-z0-9-]*$/;

const checkRunId = (runId: string): Effect.Effect<string, OptionInvalid> =>
  // parseStreamId splits at the first `-sag-`, so a run id must not contain it.
  RUN_ID.test(runId) && !runId.includes("-sag-")
    ? Effect.succeed(runId)
    : Effect.fail(
        new OptionInvalid({
          option: "run-id",
          value: runId,
          reason: "skal bestå af a-z, 0-9 og bindestreger og må ikke indeholde '-sag-'",
        }),
      );

const defaultRunId = (id: string, params: unknown, seed: number): string =>
  `${id}-${createHash("sha256")
    .update(JSON.stringify([params, seed]))
    .digest("hex")
    .slice(0, 10)}`;

/** Replication 0 of `seed` (the same seed as replication 0 of `run`), every case and rekruttering stream. */
export const simulatedEvents = (
  options: SimulatedEventsOptions,
): Effect.Effect<SimulatedLog, ScenarioInvalid | OptionInvalid> =>
  Effect.gen(function* () {
    yield* checkRunOptions({ seed: options.seed, replications: 1 });
    const scenario = yield* loadParams(options.file, options.cases);
    const runId = yield* checkRunId(
      options.runId ?? defaultRunId(scenario.id, scenario.params, options.seed),
    );
    const run = runCaseFlow(scenario.params, replicationSeed(options.seed, 0));
    const streams: SimulatedStream[] = [
      ...run.citizens.map((c) => ({
        streamId: simulatedCaseStreamId(runId, c.caseId),
        kind: "sag" as const,
        id: c.caseId,
        measured: c.measured,
        events: c.events,
      })),
      ...run.rekrutteringer.map((r) => ({
        streamId: `${simulationRunPrefix(runId)}rekruttering-${r.id}`,
        kind: "rekruttering" as const,
        id: r.id,
        measured: r.measured,
        events: r.events,
      })),
    ];
    return { runId, scenario: scenario.id, seed: options.seed, streams };
  });
