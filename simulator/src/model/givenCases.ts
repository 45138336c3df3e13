/**
 * Cases given to the model instead of drawn arrivals: a historical cohort re-simulated under a process variant
 * (counterfactual replay), and open cases resumed in their current state (forecast). Each still draws its own block
 * of uniforms in list order, so a variant that changes one case cannot shift another's randomness.
 */
import {
  type Aldersgruppe,
  type Beskaeftigelsesstatus,
  type CaseEvent,
  caseDecider,
  type Diagnosegruppe,
  regimeFor,
  replay,
  toEpochDay,
} from "@sagsflow/domain";
import type { Rng } from "../random/rng";
import { normalCdf, normalQuantile } from "../stats/specialFunctions";
import { type Citizen, freshProgress } from "./citizen";
import { drawCitizen, drawFrom } from "./citizenDraws";
import type { ModelContext } from "./modelContext";
import type { ModelParams } from "./modelParams";

/** One historical case as the counterfactual replays it (epoch days). */
export interface CohortCase {
  readonly caseId: string;
  readonly firstAbsenceDay: number;
  readonly receivedDay: number;
  readonly employment: Beskaeftigelsesstatus;
  readonly aldersgruppe: Aldersgruppe;
  readonly diagnosegruppe: Diagnosegruppe;
  readonly sector: string;
  readonly kategori: 1 | 2 | 3;
  readonly expectedRaskDay: number;
  /** Recovery as history shows it; undefined when still sick at `recoveredAfter` (then drawn beyond it). */
  readonly recoveryDay: number | undefined;
  readonly recoveredAfter: number;
  /** Day the employment ended, or null when it did not. */
  readonly dismissalDay: number | null;
}

/** An open case resumed at the start of the run with its events so far. */
export interface OpenCase {
  readonly caseId: string;
  readonly events: ReadonlyArray<CaseEvent>;
}

/** Recovery day drawn from the group's lognormal given that recovery comes after `after` (inverse CDF). */
const recoveryAfter = (
  p: ModelParams,
  c: { diagnosegruppe: string; firstAbsenceDay: number },
  after: number,
  u: number,
): number => {
  const rec = p.recovery[c.diagnosegruppe] ?? { medianWeeks: 10, sigma: 0.9 };
  const scale = (rec.medianWeeks * 7) / Math.max(p.hazards.recoveryMultiplier, 1e-9);
  const elapsed = Math.max(after - c.firstAbsenceDay, 0.5);
  const f = normalCdf(Math.log(elapsed / scale) / Math.max(rec.sigma, 1e-9));
  const v = Math.min(f + u * (1 - f), 1 - 1e-12);
  return Math.max(
    after + 1,
    c.firstAbsenceDay + Math.ceil(scale * Math.exp(rec.sigma * normalQuantile(v))),
  );
};

const blank = (
  index: number,
  u: Float64Array,
  measured: boolean,
  fields: Pick<
    Citizen,
    | "regime"
    | "caseId"
    | "firstAbsenceDay"
    | "receivedDay"
    | "employment"
    | "aldersgruppe"
    | "diagnosegruppe"
    | "sector"
    | "raskDay"
    | "expectedRaskDay"
    | "kategori"
    | "forsikret"
  >,
): Citizen => ({
  index,
  u,
  measured,
  ...fields,
  state: caseDecider.initialState,
  events: [],
  ...freshProgress(),
  caseworkerDraw: drawFrom(u, "caseworker"),
});

export const cohortCitizen = (
  p: ModelParams,
  ctx: ModelContext,
  index: number,
  g: CohortCase,
  rng: Rng,
): Citizen => {
  const u = drawCitizen(rng);
  const raskDay = Math.max(
    g.receivedDay + 1,
    g.recoveryDay ?? recoveryAfter(p, g, g.recoveredAfter, drawFrom(u, "recovery")),
  );
  const { recoveryDay: _r, recoveredAfter: _a, dismissalDay: _d, ...fields } = g;
  const c = blank(
    index,
    u,
    g.firstAbsenceDay >= ctx.measureFrom && g.firstAbsenceDay < ctx.measureTo,
    {
      ...fields,
      regime: ctx.regime ?? regimeFor(g.firstAbsenceDay),
      raskDay,
      forsikret: g.employment === "ledig-forsikret",
    },
  );
  c.givenDismissalDay = g.dismissalDay;
  return c;
};

const firstDay = (events: ReadonlyArray<CaseEvent>, tag: CaseEvent["_tag"]): number | undefined => {
  const e = events.find((x) => x._tag === tag);
  return e === undefined ? undefined : toEpochDay(e.date);
};

/** A citizen in the state its events put it in on `now`; undefined for a stream without a sygemelding. */
export const resumedCitizen = (
  p: ModelParams,
  ctx: ModelContext,
  index: number,
  o: OpenCase,
  now: number,
  rng: Rng,
): Citizen | undefined => {
  const start = o.events.find((e) => e._tag === "SygemeldingReceived");
  if (start === undefined || start._tag !== "SygemeldingReceived") return undefined;
  const u = drawCitizen(rng);
  const state = replay(caseDecider, o.events);
  const first = toEpochDay(start.firstAbsenceDay);
  // The kategori as visited last: a kat 1 case re-visited after week 8 is followed up as kat 2 or 3 (SDL §12 stk. 3).
  const visitation = o.events.findLast((e) => e._tag === "VisitationCompleted");
  const kategori = visitation?._tag === "VisitationCompleted" ? visitation.kategori : 1;
  const rask = firstDay(o.events, "RaskmeldingRegistered");
  const group = { diagnosegruppe: start.diagnosisGroup, firstAbsenceDay: first };
  const raskDay = rask ?? recoveryAfter(p, group, now - 1, drawFrom(u, "recovery"));
  const expected =
    visitation?._tag === "VisitationCompleted" && visitation.expectedRaskmelding !== undefined
      ? toEpochDay(visitation.expectedRaskmelding)
      : raskDay;
  const c = blank(index, u, false, {
    regime: ctx.regime ?? regimeFor(first),
    caseId: o.caseId,
    firstAbsenceDay: first,
    receivedDay: toEpochDay(start.date),
    employment: start.employment,
    aldersgruppe: start.ageBand,
    diagnosegruppe: start.diagnosisGroup,
    sector: start.sector,
    raskDay,
    expectedRaskDay: expected,
    kategori: kategori as 1 | 2 | 3,
    forsikret:
      state.employment === "ledig-forsikret" ||
      o.events.some((e) => e._tag === "AnsaettelseEnded" && e.akasseMedlem),
  });
  c.state = state;
  c.events.push(...o.events);
  c.cvDay = firstDay(o.events, "CvUpdated");
  c.jobmaalDay = firstDay(o.events, "JobmaalAgreed");
  c.vsContactDay = firstDay(o.events, "VirksomhedsserviceContactMade");
  c.handoffQueued = firstDay(o.events, "VirksomhedsserviceHandoffRequested") !== undefined;
  c.givenDismissalDay = null;
  return c;
};
