/** Each family's baseline and variants run with common random numbers; the KPI table rows for docs/scenarios.md. */
import {
  caseFlowReplication,
  differenceKpis,
  type KpiSummary,
  replicationInputs,
  summarizeKpis,
} from "@sagsflow/simulator/model";
import { type Family, libraryFamilies, loadLibraryFile, withCases } from "./libraryIndex";

/** Small enough for a test, large enough that the levers' CIs are informative. */
export const FAMILY_RUN = { replications: 3, cases: 400 } as const;

export interface FamilyRow {
  readonly scenario: string;
  readonly name: string;
  /** Per KPI: the baseline's level, or the variant's difference from the baseline. */
  readonly values: ReadonlyArray<KpiSummary>;
}

export interface FamilyTable {
  readonly family: Family;
  readonly rows: ReadonlyArray<FamilyRow>;
}

export const familyTable = (family: Family): FamilyTable => {
  const seed = Number(family.seed);
  const runOf = (file: string) => {
    const s = loadLibraryFile(file);
    const inputs = replicationInputs(
      withCases(s.params, FAMILY_RUN.cases),
      seed,
      FAMILY_RUN.replications,
    );
    return { ...s, reps: inputs.map(caseFlowReplication) };
  };
  const base = runOf(family.baseline);
  const baseKpis = summarizeKpis(base.reps);
  const rows: FamilyRow[] = [
    { scenario: base.id, name: base.name, values: family.kpis.map((k) => baseKpis[k]) },
  ];
  for (const file of family.variants) {
    const v = runOf(file);
    const diff = differenceKpis(v.reps, base.reps);
    rows.push({ scenario: v.id, name: v.name, values: family.kpis.map((k) => diff[k]) });
  }
  return { family, rows };
};

export const familyTables = (): ReadonlyArray<FamilyTable> => libraryFamilies().map(familyTable);
