/** A citizen arriving on a day: every attribute and planned time drawn from the citizen's block of uniforms. */
import {
  caseDecider,
  regimeFor,
  type Aldersgruppe,
  type Beskaeftigelsesstatus,
  type Diagnosegruppe,
} from "@sagsflow/domain";
import type { Rng } from "../random/rng";
import { normalQuantile } from "../stats/specialFunctions";
import { type Citizen, freshProgress } from "./citizen";
import { drawCitizen, drawFrom, intBetween, pick } from "./citizenDraws";
import type { ModelContext } from "./modelContext";
import type { ModelParams } from "./modelParams";
import { makeRecoveryClock, retimeClock } from "./recoveryClock";

/** Spread of the caseworker's expected recovery around the true one at visitation (model assumption). */
/**
 * A doctor's expected raskmelding is at most two years out (EST): the hazard clock's far tail (a spell that would
 * outlast any sygedagpenge period) otherwise gave dates past 2099 that no event can carry.
 */
const EXPECTATION_MAX_DAYS = 730;
const EXPECTATION_SIGMA = 0.25;
/** Expected beyond week 8: kat 2 or 3 (SDL §12, domain.md §1.3). */
const KAT1_MAX_DAYS = 56;

/** Draws a citizen whose first absence day is `day`. */
export const makeCitizen = (
  p: ModelParams,
  ctx: ModelContext,
  index: number,
  day: number,
  rng: Rng,
  /** Backlog cases are registered on a given day, long after their first absence day. */
  registeredOn?: number,
): Citizen => {
  const u = drawCitizen(rng);
  const pop = p.population;
  const employment = pick(
    pop.beskaeftigelsesstatus,
    drawFrom(u, "employment"),
  ) as Beskaeftigelsesstatus;
  const diagnosis = pick(pop.diagnosegruppe, drawFrom(u, "diagnosis")) as Diagnosegruppe;
  const rec = p.recovery[diagnosis] ?? { medianWeeks: 10, sigma: 0.9 };
  const ledig = employment === "ledig-forsikret" || employment === "ledig-uforsikret";
  const received =
    registeredOn ??
    day +
      intBetween(
        ledig ? p.notificationDays.ledig : p.notificationDays.ansat,
        drawFrom(u, "notification"),
      );
  // A backlog case is still sick when registered: its threshold is conditioned on surviving to that day.
  const sickFor = registeredOn === undefined ? 0 : registeredOn - day;
  const factor = p.hazards.recoveryMultiplier;
  const recovery = makeRecoveryClock(
    rec.medianWeeks,
    rec.sigma,
    drawFrom(u, "recovery"),
    factor,
    sickFor,
  );
  const recoveryDays = retimeClock(recovery, sickFor, factor);
  const raskDay = Math.max(day + Math.ceil(recoveryDays), received + 1);
  const expected = Math.max(
    received + 1,
    day +
      Math.min(
        EXPECTATION_MAX_DAYS,
        Math.round(
          recoveryDays * Math.exp(EXPECTATION_SIGMA * normalQuantile(drawFrom(u, "expectation"))),
        ),
      ),
  );
  const regime = ctx.regimeByDate?.(day) ?? ctx.regime ?? regimeFor(day);
  const long = expected - day > KAT1_MAX_DAYS;
  const kat3Allowed = regime.kategorier.allowed.includes(3);
  const kategori: 1 | 2 | 3 = !long
    ? 1
    : kat3Allowed && drawFrom(u, "kategori3") < pop.kategori3ShareOfLong
      ? 3
      : 2;
  const ledigShares =
    (pop.beskaeftigelsesstatus["ledig-forsikret"] ?? 0) +
    (pop.beskaeftigelsesstatus["ledig-uforsikret"] ?? 0);
  const forsikret =
    employment === "ledig-forsikret" ||
    (employment !== "ledig-uforsikret" &&
      drawFrom(u, "akasse") * ledigShares < (pop.beskaeftigelsesstatus["ledig-forsikret"] ?? 0));
  const caseId = `${index + 1}`;
  const c: Citizen = {
    index,
    caseId,
    measured: day >= ctx.measureFrom && day < ctx.measureTo,
    u,
    regime,
    firstAbsenceDay: day,
    receivedDay: received,
    employment,
    aldersgruppe: pick(pop.aldersgruppe, drawFrom(u, "age")) as Aldersgruppe,
    diagnosegruppe: diagnosis,
    sector: pick(pop.sektor, drawFrom(u, "sector")),
    forsikret,
    state: caseDecider.initialState,
    events: [],
    raskDay,
    expectedRaskDay: expected,
    kategori,
    ...freshProgress(),
    recovery,
    caseworkerDraw: drawFrom(u, "caseworker"),
  };
  return c;
};
