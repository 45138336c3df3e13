/**
 * The 2014 reform (domain.md §5): spells were published as "just under 3 days" shorter. The model's difference
 * `2015-2019` minus `pre2014` in mean spell duration, paired by seed, with its 95 % CI.
 */
import {
  caseFlowReplication,
  differenceKpis,
  type KpiSummary,
  replicationInputs,
} from "@sagsflow/simulator/model";
import { loadLibraryFile, withCases } from "./libraryIndex";

export const REFORM_RUN = { seed: 4, replications: 6, cases: 1500 } as const;

export const reformReproduction = (): KpiSummary => {
  const reps = (file: string) =>
    replicationInputs(
      withCases(loadLibraryFile(file).params, REFORM_RUN.cases),
      REFORM_RUN.seed,
      REFORM_RUN.replications,
    ).map(caseFlowReplication);
  return differenceKpis(reps("regimer/2015-2019.yaml"), reps("regimer/baseline.yaml"))
    .spellDurationDays;
};
