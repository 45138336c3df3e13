/** Web Worker of the workshop: compiles a what-if (cached) and runs one replication with the CLI's replication seed. */
import { caseFlowReplication, replicationInputs } from "@sagsflow/simulator/model";
import { ScenarioUnavailable, type LibraryScenario } from "../charts/compileLibrary";
import { scenarioTexts } from "../charts/scenarioTexts";
import { compileWhatIf } from "../workshop/compileWhatIf";
import type { WhatIfJob, WhatIfReply } from "./workshopProtocol";

const cache = new Map<string, LibraryScenario | ScenarioUnavailable>();

const compiled = (job: WhatIfJob): LibraryScenario | ScenarioUnavailable => {
  const cases = job.kind === "run" ? job.cases : null;
  const key = JSON.stringify([job.scenario, job.saved, job.overrides, cases]);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // A workshop moves a few sliders back and forth: a small cache keeps those settings warm.
  if (cache.size > 16) cache.clear();
  const lib = compileWhatIf(job, scenarioTexts, cases);
  cache.set(key, lib);
  return lib;
};

const estimatesOf = (lib: LibraryScenario) =>
  Object.fromEntries(
    [...lib.provenance].flatMap(([path, p]) =>
      p.kind === "estimate" ? [[path, { low: p.estimate.low, high: p.estimate.high }]] : [],
    ),
  );

const answer = (job: WhatIfJob): WhatIfReply => {
  const lib = compiled(job);
  if (lib instanceof ScenarioUnavailable) return { jobId: job.jobId, error: lib.message };
  if (job.kind === "describe")
    return { jobId: job.jobId, name: lib.name, params: lib.params, estimates: estimatesOf(lib) };
  // replicationInputs gives replication r the seed `sagsflow run` gives it, so the summaries agree exactly.
  const input = replicationInputs(lib.params, job.seed, job.replications)[job.replication];
  if (input === undefined)
    return { jobId: job.jobId, error: `replikation ${job.replication} findes ikke` };
  return { jobId: job.jobId, replication: job.replication, kpis: caseFlowReplication(input) };
};

self.onmessage = (msg: MessageEvent<WhatIfJob>) => {
  self.postMessage(answer(msg.data));
};
