/**
 * Case endings beyond job and raskmelding (issue 16 item 2, domain.md §3.3). In jobafklaring the rehabiliteringsteam
 * gives an indstilling (fleksjob, førtidspension, ressourceforløb, uddannelse, or none: the citizen keeps working
 * towards recovery), and an employed citizen may lose the job there; the municipality's decision ends the case after a drawn time, unless recovery comes first. While a
 * case is open the citizen can die or move away (yearly rates): the case ends as "andet". Every size is a scenario
 * estimate; the uniforms are derived ones (citizenDraws.ts), so no existing draw changes.
 */
import type { Lukkeaarsag } from "@sagsflow/domain";
import { Priority } from "../engine/priority";
import type { Handler } from "../engine/simulation";
import type { Citizen } from "./citizen";
import { derivedDraw } from "./citizenDraws";
import { apply, iso, leaveCaseload, type ModelContext, today } from "./modelContext";

const DAYS_PER_YEAR = 365.25;

type Indstilling = "fleksjob" | "foertidspension" | "ressourceforloeb" | "uddannelse";

/** The indstilling for one uniform by the cumulative shares; undefined for the remainder (no indstilling). */
export const pickIndstilling = (
  shares: Readonly<Record<Indstilling, number>>,
  u: number,
): Indstilling | undefined => {
  let acc = 0;
  for (const key of ["fleksjob", "foertidspension", "ressourceforloeb", "uddannelse"] as const) {
    acc += shares[key];
    if (u < acc) return key;
  }
  return undefined;
};

export const makeCaseOutcomes = (ctx: ModelContext) => {
  const { sim, params } = ctx;
  const o = params.outcomes;
  const departureRate = (o.deathPerYear + o.relocationPerYear) / DAYS_PER_YEAR;

  /** Ends an open case in any phase: sick (leaves the caseload) or ledig after raskmelding (job search stops). */
  const endCase = (c: Citizen, reason: Lukkeaarsag): void => {
    if (c.closed) return;
    apply(c, { _tag: "CloseCase", caseId: c.caseId, date: iso(today(ctx)), reason });
    c.closed = true;
    c.token++;
    leaveCaseload(ctx, c);
    if (c.jobHandle >= 0) sim.cancel(c.jobHandle);
    c.jobHandle = -1;
  };

  /** The municipality's decision on an indstilling: ends the case if it is still in jobafklaring. */
  const decide =
    (reason: Lukkeaarsag): Handler<Citizen> =>
    (c) => {
      if (!c.closed && c.state.status === "jobafklaring") endCase(c, reason);
    };
  const decisionFor: Readonly<Record<Indstilling, Handler<Citizen>>> = {
    fleksjob: decide("fleksjob"),
    foertidspension: decide("foertidspension"),
    ressourceforloeb: decide("ressourceforloeb"),
    uddannelse: decide("uddannelse"),
  };

  /** Jobafklaring has started: the indstilling and, if there is one, the day of the decision that ends the case. */
  const jobafklaringStarted = (c: Citizen, day: number): void => {
    const reason = pickIndstilling(o.jobafklaring, derivedDraw(c, "indstilling"));
    if (reason === undefined) return;
    const { min, max } = o.decisionWeeks;
    const weeks = min + derivedDraw(c, "decisionTime") * (max - min);
    const at = day + Math.round(weeks * 7);
    // A forecast's resumed case still open after its drawn decision day had none (resumeSickCase.ts).
    if (at >= today(ctx)) sim.at(at, Priority.NORMAL, decisionFor[reason], c);
  };

  /** An employed citizen whose spell reached jobafklaring loses the job (the employer ends it after the long absence). */
  const losesJobAtJobafklaring = (c: Citizen): boolean =>
    c.state.employment === "ansat" &&
    !c.state.ledig &&
    derivedDraw(c, "jobLoss") < o.jobLossAtJobafklaringShare;

  const depart: Handler<Citizen> = (c) => {
    if (c.closed) return;
    const death = derivedDraw(c, "departureKind") * (o.deathPerYear + o.relocationPerYear);
    endCase(c, death < o.deathPerYear ? "doedsfald" : "fraflyttet");
  };

  /** The case is received: death or relocation, if it comes before the end of the run, ends it then. */
  const caseReceived = (c: Citizen, day: number): void => {
    if (!(departureRate > 0)) return;
    const at = day + Math.ceil(-Math.log(derivedDraw(c, "departure")) / departureRate);
    if (at < ctx.end) sim.at(at, Priority.LOW, depart, c);
  };

  return { endCase, jobafklaringStarted, losesJobAtJobafklaring, caseReceived };
};
export type CaseOutcomes = ReturnType<typeof makeCaseOutcomes>;
