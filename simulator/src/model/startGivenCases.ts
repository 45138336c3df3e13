/**
 * Puts given cases into a run: a cohort arrives on its historical days instead of drawn arrivals; open cases are
 * resumed on the first day of the measurement with their next samtale planned by their earliest open deadline.
 */
import { type DeadlineRule, summarizeCase } from "@sagsflow/domain";
import { Priority } from "../engine/priority";
import type { Handler } from "../engine/simulation";
import type { Rng } from "../random/rng";
import type { Citizen } from "./citizen";
import { type CohortCase, cohortCitizen, type OpenCase, resumedCitizen } from "./givenCases";
import type { ModelContext } from "./modelContext";

export interface CaseFlowStart {
  /** Historical cases replayed instead of drawn arrivals (counterfactual). */
  readonly cohort?: ReadonlyArray<CohortCase> | undefined;
  /** Open cases resumed at the start of the measurement (forecast); drawn arrivals continue beside them. */
  readonly openCases?: ReadonlyArray<OpenCase> | undefined;
}

/** Deadlines a held opfølgningssamtale meets (domain projections/caseDeadlines.ts). */
const SAMTALE_RULES: ReadonlySet<DeadlineRule> = new Set([
  "foersteOpfoelgning",
  "kat1Opfoelgning",
  "fastTrack",
  "opfoelgningInterval",
  "opfoelgningAntal",
  "jobafklaringFoersteSamtale",
]);

export interface GivenCaseHandlers {
  readonly receive: Handler<Citizen>;
  readonly resume: (
    c: Citizen,
    samtaleDue: number | undefined,
    teamDue: number | undefined,
  ) => void;
  readonly ledigRaskmeldt: (c: Citizen) => void;
}

/** Earliest samtale deadline not yet met on `now` (late ones first: the desk serves earliest deadline first). */
export const nextSamtaleDeadline = (
  events: OpenCase["events"],
  now: number,
): number | undefined => {
  const deadlines = summarizeCase(events, { asOf: now })?.deadlines ?? [];
  const due = deadlines
    .filter((d) => SAMTALE_RULES.has(d.rule) && d.metOn === undefined)
    .map((d) => d.statutoryDue);
  return due.length === 0 ? undefined : Math.min(...due);
};

/** Deadlines a rehabiliteringsteam meeting meets (kat 3 under 2014–24; jobafklaring, SDL §24 stk. 2). */
const TEAM_RULES: ReadonlySet<DeadlineRule> = new Set([
  "rehabiliteringsteamKat3",
  "jobafklaringRehabiliteringsteam",
]);

/**
 * Earliest rehabiliteringsteam deadline not yet met on `now`: a resumed case whose team meeting was still to come
 * gets it planned, as a fresh case does (without it every such deadline looked certain to be missed, issue 19).
 */
export const nextTeamDeadline = (events: OpenCase["events"], now: number): number | undefined => {
  const deadlines = summarizeCase(events, { asOf: now })?.deadlines ?? [];
  const due = deadlines
    .filter((d) => TEAM_RULES.has(d.rule) && d.metOn === undefined)
    .map((d) => d.due);
  return due.length === 0 ? undefined : Math.min(...due);
};

export const startGivenCases = (
  ctx: ModelContext,
  start: CaseFlowStart,
  rng: Rng,
  citizens: Citizen[],
  h: GivenCaseHandlers,
): void => {
  for (const g of start.cohort ?? []) {
    const c = cohortCitizen(ctx.params, ctx, citizens.length, g, rng);
    citizens.push(c);
    ctx.sim.at(Math.max(ctx.sim.now, c.receivedDay), Priority.NORMAL, h.receive, c);
  }
  const now = ctx.measureFrom;
  const resumed: Citizen[] = [];
  for (const o of start.openCases ?? []) {
    const c = resumedCitizen(ctx.params, ctx, citizens.length, o, now, rng);
    if (c === undefined || c.state.status === "closed") continue;
    citizens.push(c);
    resumed.push(c);
  }
  const resumeAll: Handler<undefined> = () => {
    for (const c of resumed) {
      if (c.state.status === "raskmeldt" && c.state.ledig) h.ledigRaskmeldt(c);
      else h.resume(c, nextSamtaleDeadline(c.events, now), nextTeamDeadline(c.events, now));
    }
  };
  if (resumed.length > 0) ctx.sim.at(Math.max(ctx.sim.now, now), Priority.HIGH, resumeAll);
};
