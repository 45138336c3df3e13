import { loadScenario } from "@sagsflow/scenarios/node";
import { caseFlowReplication, replicationInputs, summarizeKpis } from "@sagsflow/simulator/model";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { scenarioTextsFromDisk } from "./scenarioTextsFromDisk.node";
import { compileWhatIf } from "./compileWhatIf";
import { replicationCollector } from "./replicationCollector";

const lib = "../scenarios/library";

describe("what-if in the browser's code path", () => {
  const texts = scenarioTextsFromDisk(lib);
  it("compiles a library scenario with lever overrides to the parameters a saved variant would give", () => {
    const w = compileWhatIf(
      { scenario: "baseline", saved: null, overrides: { "levers.vsWeeksBeforeRaskmelding": 8 } },
      texts,
      200,
    );
    const saved = compileWhatIf(
      {
        scenario: "vs8",
        saved: {
          id: "vs8",
          yaml: 'schemaVersion: 1\nid: vs8\nname: "x"\nextends: baseline.yaml\nlevers:\n  vsWeeksBeforeRaskmelding: 8\n',
        },
        overrides: {},
      },
      texts,
      200,
    );
    if (!("params" in w) || !("params" in saved)) throw new Error("did not compile");
    expect(w.params.levers.vsWeeksBeforeRaskmelding).toBe(8);
    expect(saved.params).toEqual(w.params);
    expect(w.params.horizon.maxCases).toBe(200);
  });

  it("summarises replications arriving in any order exactly as run --json does (same seeds, same summary)", () => {
    const loaded = loadScenario(`${lib}/vs-foer-raskmelding.yaml`);
    if (Result.isFailure(loaded)) throw new Error(loaded.failure.message);
    const params = {
      ...loaded.success.params,
      horizon: { ...loaded.success.params.horizon, maxCases: 60 },
    };
    const reps = replicationInputs(params, 3, 3).map(caseFlowReplication);
    const browser = compileWhatIf(
      { scenario: "vs-foer-raskmelding", saved: null, overrides: {} },
      texts,
      60,
    );
    if (!("params" in browser)) throw new Error(browser.message);
    expect(browser.params).toEqual(params);
    const c = replicationCollector(3);
    c.add(2, reps[2] as (typeof reps)[number]);
    const partial = c.add(0, reps[0] as (typeof reps)[number]);
    expect(partial.done).toBe(2);
    const all = c.add(1, reps[1] as (typeof reps)[number]);
    expect(JSON.stringify(all.kpis)).toBe(JSON.stringify(summarizeKpis(reps)));
  }, 30_000);
});
