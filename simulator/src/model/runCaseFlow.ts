/**
 * One replication of the case-flow model: sets up the engine, desks, arrivals and employer requests from the
 * parameters and a seed, runs to the end of the follow-up and returns every case's domain events.
 */
import { isWorkingDay, regimeById, regimeFor, toEpochDay } from "@sagsflow/domain";
import { Priority } from "../engine/priority";
import { type Handler, Simulation } from "../engine/simulation";
import { RandomStreams } from "../random/randomStreams";
import type { Citizen } from "./citizen";
import { makeCaseOutcomes } from "./caseOutcomes";
import { makeLedigPhase } from "./ledigPhase";
import { type Desks, type ModelContext, type Task, today } from "./modelContext";
import type { ModelParams } from "./modelParams";
import { makeRekrutteringMarket, type Rekruttering } from "./rekrutteringMarket";
import { makeSickPhase } from "./sickPhase";
import { nextArrival } from "./arrivalProcess";
import { makeCitizen } from "./makeCitizen";
import { addBacklog } from "./backlog";
import { paramsOnDay } from "./paramsOnDay";
import { makeDesks } from "./makeDesks";
import { type CaseFlowStart, startGivenCases } from "./startGivenCases";

export interface CaseFlowRun {
  readonly citizens: ReadonlyArray<Citizen>;
  readonly rekrutteringer: ReadonlyArray<Rekruttering>;
  readonly desks: Desks;
  readonly measureFrom: number;
  readonly measureTo: number;
  readonly end: number;
}

/**
 * Runs one replication. Same parameters and seed give the same events, byte for byte. `start` gives cases instead of
 * (cohort) or besides (open cases) the drawn arrivals; without it the run is the plain model.
 */
export const runCaseFlow = (
  p: ModelParams,
  seed: number,
  start: CaseFlowStart = {},
): CaseFlowRun => {
  const measureFrom = toEpochDay(p.horizon.start);
  // With a case count the window stays open until that many measured cases have arrived.
  const byCount = p.horizon.maxCases !== null && p.arrivals.perWeek > 0;
  const measureTo = byCount ? Number.POSITIVE_INFINITY : measureFrom + p.horizon.weeks * 7;
  const end = measureTo + p.horizon.followUpWeeks * 7;
  const cohort = start.cohort;
  const earliestGiven =
    cohort === undefined
      ? Number.POSITIVE_INFINITY
      : Math.min(...cohort.map((g) => g.firstAbsenceDay));
  // Open cases resumed on `measureFrom` (forecast): arrivals start a notification period earlier, so that a case sick
  // before that day but not yet received is received in the run, as it was in history (the stored open cases are the
  // ones received by then; without these the desk ran a third lighter for the first weeks, issue 19).
  const resumedFrom =
    start.openCases === undefined || cohort !== undefined
      ? Number.POSITIVE_INFINITY
      : measureFrom - Math.max(p.notificationDays.ansat.max, p.notificationDays.ledig.max);
  const sim = new Simulation(
    Math.min(measureFrom - p.horizon.warmupWeeks * 7, earliestGiven, resumedFrom),
  );
  const streams = new RandomStreams(seed);
  let serve: (t: Task, day: number) => boolean = () => false;
  const on = paramsOnDay(p);
  const desks = makeDesks(p, on, streams, (t, day) => serve(t, day));
  for (const d of [desks.sagsbehandler, desks.jobkonsulent, desks.virksomhedskonsulent]) {
    d.countFrom = measureFrom;
    d.countTo = measureTo;
  }
  const ctx: ModelContext = {
    sim,
    params: p,
    regime: p.regime === "auto" ? undefined : regimeById(p.regime),
    ...(on.scheduled("regime")
      ? {
          regimeByDate: (day: number) => {
            const id = on.valueOn("regime", day) as ModelParams["regime"];
            return id === "auto" ? regimeFor(day) : regimeById(id);
          },
        }
      : {}),
    desks,
    measureFrom,
    measureTo,
    end,
  };

  let market: ReturnType<typeof makeRekrutteringMarket> | undefined;
  let sick: ReturnType<typeof makeSickPhase> | undefined;
  const outcomes = makeCaseOutcomes(ctx);
  const ledig = makeLedigPhase(ctx, {
    candidateReady: (c) => market?.candidateReady(c),
    raskMoved: (c) => sick?.rescheduleRask(c),
    endCase: outcomes.endCase,
  });
  sick = makeSickPhase(
    ctx,
    { whileSickAndLedig: ledig.whileSickAndLedig, ledigRaskmeldt: ledig.ledigRaskmeldt },
    outcomes,
  );
  market = makeRekrutteringMarket(
    ctx,
    streams.stream("rekruttering-attributes"),
    streams.stream("rekruttering-hiring"),
    ledig.startJob,
  );
  const sickServe = sick.serve;
  serve = (t, day) =>
    t.kind === "samtale" || t.kind === "revurdering" || t.kind === "samarbejdsmoede"
      ? sickServe(t, day)
      : ledig.serve(t, day);

  const citizens: Citizen[] = [];
  const citizenRng = streams.stream("citizens");
  const arrivalRng = streams.stream("arrivals");
  let measuredCount = 0;
  const closeWindow = (to: number): void => {
    ctx.measureTo = to;
    ctx.end = to + p.horizon.followUpWeeks * 7;
    for (const d of [desks.sagsbehandler, desks.jobkonsulent, desks.virksomhedskonsulent])
      d.countTo = to;
  };
  const arrive: Handler<undefined> = () => {
    const day = today(ctx);
    if (day >= ctx.measureTo) return;
    if (byCount && measuredCount >= (p.horizon.maxCases as number)) {
      closeWindow(day);
      sim.stop();
      return;
    }
    const c = makeCitizen(p, ctx, citizens.length, day, citizenRng);
    if (c.receivedDay < measureFrom && day >= resumedFrom) {
      // Received before the open cases were taken from the store: already among them, or recovered unnoticed.
      scheduleArrival();
      return;
    }
    citizens.push(c);
    if (c.measured) measuredCount++;
    sim.at(c.receivedDay, Priority.NORMAL, (sick as ReturnType<typeof makeSickPhase>).receive, c);
    scheduleArrival();
  };
  // Arrival times are continuous; each case starts on the day its arrival falls in.
  let arrivalClock = sim.now;
  const peakPerWeek = on.maxOf("arrivals.perWeek");
  const arrivalShare = on.scheduled("arrivals.perWeek")
    ? (t: number) => Number(on.valueOn("arrivals.perWeek", Math.floor(t))) / peakPerWeek
    : undefined;
  const scheduleArrival = (): void => {
    arrivalClock = nextArrival(
      arrivalRng,
      peakPerWeek,
      p.arrivals.seasonality,
      arrivalClock,
      arrivalShare,
    );
    if (arrivalClock < ctx.measureTo)
      sim.at(Math.max(sim.now, Math.floor(arrivalClock)), Priority.NORMAL, arrive);
  };

  const rekrutteringRng = streams.stream("rekruttering-arrivals");
  const rekrutteringArrives: Handler<undefined> = () => {
    (market as ReturnType<typeof makeRekrutteringMarket>).arrive(today(ctx));
    scheduleRekruttering();
  };
  let rekrutteringClock = sim.now;
  const scheduleRekruttering = (): void => {
    const rate = p.rekruttering.perWeek / 7;
    if (!(rate > 0)) return;
    rekrutteringClock += -Math.log(rekrutteringRng.floatOpen()) / rate;
    if (rekrutteringClock < ctx.end)
      sim.at(
        Math.max(sim.now, Math.floor(rekrutteringClock)),
        Priority.NORMAL,
        rekrutteringArrives,
      );
  };

  const dayTick: Handler<undefined> = () => {
    const day = today(ctx);
    if (isWorkingDay(day)) {
      desks.sagsbehandler.workDay(day);
      if (desks.jobkonsulent !== desks.sagsbehandler) desks.jobkonsulent.workDay(day);
      if (desks.virksomhedskonsulent !== desks.sagsbehandler)
        desks.virksomhedskonsulent.workDay(day);
    }
    if (sim.now + 1 < ctx.end) sim.schedule(1, Priority.LOW, dayTick);
  };

  addBacklog(ctx, streams, citizens, sick.receive, sick.review);
  if (cohort !== undefined || start.openCases !== undefined) {
    startGivenCases(ctx, start, streams.stream("given-cases"), citizens, {
      receive: sick.receive,
      resume: sick.resume,
      ledigRaskmeldt: ledig.ledigRaskmeldt,
    });
  }
  if (cohort === undefined) scheduleArrival();
  scheduleRekruttering();
  sim.at(Math.floor(sim.now) + 0.5, Priority.LOW, dayTick);
  sim.run(ctx.end);
  // A case count stops the run at the arrival after the last measured case; then follow the cases up.
  if (sim.now < ctx.end) sim.run(ctx.end);
  return {
    citizens,
    rekrutteringer: market.all,
    desks,
    measureFrom,
    measureTo: ctx.measureTo,
    end: ctx.end,
  };
};
