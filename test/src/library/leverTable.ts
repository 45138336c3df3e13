/**
 * The lever table of docs/levers.md (issue 16 item 5): each lever set on the library baseline, the KPI its mechanism
 * should move, the expected sign, and the paired difference lever − baseline with its 95 % CI (same seeds).
 * Regenerate with `npx tsx scripts/regenerateLevers.ts`; a test holds docs/levers.md to it.
 */
import { fileURLToPath } from "node:url";
import {
  caseFlowReplication,
  differenceKpis,
  type KpiSummary,
  type ModelParams,
  replicationInputs,
} from "@sagsflow/simulator/model";
import type { KpiId } from "@sagsflow/domain";
import { libraryParams, withSagsbehandler } from "../model/modelFixtures";

export const LEVERS_DOC = fileURLToPath(new URL("../../../docs/levers.md", import.meta.url));
export const LEVER_RUN = { seed: 16, replications: 4, cases: 800 } as const;

export interface LeverRow {
  readonly lever: string;
  readonly mechanism: string;
  readonly kpi: KpiId;
  readonly sign: -1 | 1;
  readonly apply: (p: ModelParams) => ModelParams;
}

const staff = withSagsbehandler;
const levers = (p: ModelParams, change: Partial<ModelParams["levers"]>): ModelParams => ({
  ...p,
  levers: { ...p.levers, ...change },
});

export const LEVER_ROWS: ReadonlyArray<LeverRow> = [
  {
    lever: "`levers.earlyCvWeek: 8`",
    mechanism: "a ledig still sick in week 8 has a searchable CV from raskmelding on",
    kpi: "waitRaskmeldingToJobDays",
    sign: -1,
    apply: (p) => levers(p, { earlyCvWeek: 8 }),
  },
  {
    lever: "`levers.earlyJobmaalWeek: 10`",
    mechanism: "jobmål while sick instead of the arbejdsprøvning that holds back the raskmelding",
    kpi: "spellDurationDays",
    sign: -1,
    apply: (p) => levers(p, { earlyJobmaalWeek: 10 }),
  },
  {
    lever: "`levers.vsWeeksBeforeRaskmelding: 8`",
    mechanism: "handoff 8 weeks before the expected raskmelding, contact can precede it",
    kpi: "waitRaskmeldingToVirksomhedsserviceDays",
    sign: -1,
    apply: (p) => levers(p, { vsWeeksBeforeRaskmelding: 8 }),
  },
  {
    lever: "`levers.organisation: resultatteam`",
    mechanism: "one team follows the citizen: no handoff booking, no other role's queue",
    kpi: "handoffWaitDays",
    sign: -1,
    apply: (p) => levers(p, { organisation: "resultatteam" }),
  },
  {
    lever: "`levers.samarbejdsmoederPerYear: 3`",
    mechanism: "samarbejdsmøder take caseworker time",
    kpi: "caseworkerUtilization",
    sign: 1,
    apply: (p) => levers(p, { samarbejdsmoederPerYear: 3 }),
  },
  {
    lever: "`staff.sagsbehandler.fte: 8` (from 11)",
    mechanism: "larger caseloads per caseworker: less time per samtale left after administration",
    kpi: "rettidighed",
    sign: -1,
    apply: (p) => staff(p, { fte: 8 }),
  },
  {
    lever: "`staff.sagsbehandler.sicknessShare: 0.2` (from 0.05)",
    mechanism: "a sick caseworker's meetings wait for the spell to end",
    kpi: "rettidighed",
    sign: -1,
    apply: (p) => staff(p, { sicknessShare: 0.2 }),
  },
  {
    lever: "`staff.schedulingPolicy: earliestDeadline` (at 8 FTE)",
    mechanism: "first samtaler no longer go ahead of overdue cadence samtaler",
    kpi: "rettidighedFirstOpfoelgning",
    sign: -1,
    apply: (p) => ({
      ...staff(p, { fte: 8 }),
      staff: { ...staff(p, { fte: 8 }).staff, schedulingPolicy: "earliestDeadline" },
    }),
  },
  {
    lever: "`regime: 2015-2019`",
    mechanism: "four-weekly samtaler for kat 2/3",
    kpi: "samtalerPerMonth",
    sign: 1,
    apply: (p) => ({ ...p, regime: "2015-2019" }),
  },
];

const sized = (p: ModelParams): ModelParams => ({
  ...p,
  horizon: { ...p.horizon, maxCases: LEVER_RUN.cases },
});
const reps = (p: ModelParams) =>
  replicationInputs(sized(p), LEVER_RUN.seed, LEVER_RUN.replications).map(caseFlowReplication);

export interface LeverResult {
  readonly row: LeverRow;
  readonly difference: KpiSummary;
  /** Against its base: the policy lever compares with 8 FTE, not with the baseline. */
  readonly base: string;
}

export const leverResults = (): ReadonlyArray<LeverResult> => {
  const base = libraryParams("baseline.yaml");
  const baseline = reps(base);
  const eight = reps(staff(base, { fte: 8 }));
  return LEVER_ROWS.map((row) => {
    const policy = row.lever.includes("schedulingPolicy");
    const d = differenceKpis(reps(row.apply(base)), policy ? eight : baseline)[row.kpi];
    return { row, difference: d, base: policy ? "8 FTE" : "baseline" };
  });
};

const fmt = (x: number, unit: string): string =>
  unit === "andel" || unit === "%" ? `${(x * 100).toFixed(1)} %` : x.toFixed(1);

export const leverTableMarkdown = (results: ReadonlyArray<LeverResult>): string =>
  [
    `Seed ${LEVER_RUN.seed}, ${LEVER_RUN.replications} replications × ${LEVER_RUN.cases} cases each, paired by seed.`,
    "",
    "| lever | mechanism | KPI | expected sign | mean [95 % CI] | CI excludes 0 with the expected sign |",
    "|---|---|---|---|---:|---|",
    ...results.map(({ row, difference: d }) => {
      const ci = d.ci95 ?? [Number.NaN, Number.NaN];
      const ok = row.sign < 0 ? ci[1] < 0 : ci[0] > 0;
      const mean = d.mean ?? Number.NaN;
      return `| ${row.lever} | ${row.mechanism} | \`${row.kpi}\` | ${row.sign < 0 ? "−" : "+"} | ${mean >= 0 ? "+" : ""}${fmt(mean, d.unit)} [${fmt(ci[0], d.unit)}, ${fmt(ci[1], d.unit)}] | ${ok ? "yes" : "**no**"} |`;
    }),
  ].join("\n");
