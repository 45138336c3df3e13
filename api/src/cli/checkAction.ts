/** The `check` action: the scenario's measures against the reference bands; exit 5 when a measured row is outside. */
import {
  checkAgainstReference,
  checkTable,
  loadReference,
  measureReference,
} from "@sagsflow/scenarios/node";
import { Effect } from "effect";
import { checkRunOptions, loadParams } from "../application/loadParams";
import type { CheckFlags } from "./checkCommand";
import type { CommandEffect } from "./commandEffect";
import { withExitCode } from "./commandResult";
import { toJsonText } from "./jsonOutput";

export const EXIT_OUTSIDE_REFERENCE = 5;

export const checkAction = (scenario: string, flags: CheckFlags): CommandEffect =>
  Effect.gen(function* () {
    yield* checkRunOptions(flags);
    const loaded = yield* loadParams(scenario, undefined);
    const reference = loadReference();
    const values = measureReference(
      loaded.params,
      flags.seed,
      flags.replications,
      reference.inhabitants.value,
    );
    const check = checkAgainstReference(reference, values);
    const output =
      flags.json === true
        ? toJsonText({
            scenario: loaded.id,
            seed: flags.seed,
            replications: flags.replications,
            allInBand: check.allInBand,
            rows: check.rows.map((r) => ({
              id: r.row.id,
              label: r.row.label,
              band: r.row.band,
              kind: r.row.kind,
              model: r.model,
              inBand: r.inBand,
            })),
          })
        : checkTable(loaded.name, check);
    return withExitCode(output, check.allInBand ? 0 : EXIT_OUTSIDE_REFERENCE);
  });
