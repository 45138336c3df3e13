/**
 * Employers' rekrutteringsanmodninger: they arrive by sector, wait for ready candidates until their deadline and
 * are filled only by a raskmeldt ledig with an updated CV, a jobmål in the sector and a contact with
 * virksomhedsservice (seed 000: "borgerne skal være parate f.eks. med et opdateret CV"). Every change goes
 * through the rekruttering decider. Virksomhedsservice serves every target group, so a position goes to one of the
 * sygedagpenge cases' candidates only with `rekruttering.hireShare` (drawn per position from its own stream); the rest
 * are filled from elsewhere (other ledige, the employer's own channels) and leave the request unfilled by our cases.
 */
import {
  type RekrutteringCommand,
  type RekrutteringEvent,
  rekrutteringDecider,
  type RekrutteringState,
} from "@sagsflow/domain";
import { Result } from "effect";
import { Priority } from "../engine/priority";
import type { Handler } from "../engine/simulation";
import type { Rng } from "../random/rng";
import type { Citizen } from "./citizen";
import { intBetween, pick } from "./citizenDraws";
import { iso, type ModelContext, ModelRuleBroken, today } from "./modelContext";

export interface Rekruttering {
  readonly id: string;
  readonly sector: string;
  readonly measured: boolean;
  /** Positions open to the sygedagpenge cases' candidates (the rest go to applicants the model does not hold). */
  readonly ours: number;
  state: RekrutteringState;
  readonly events: RekrutteringEvent[];
}

export const makeRekrutteringMarket = (
  ctx: ModelContext,
  rng: Rng,
  /** Which positions go to our candidates (its own stream, so the requests' attributes keep their draws). */
  hiringRng: Rng,
  startJob: (c: Citizen, rekrutteringId: string) => void,
) => {
  const { sim, params } = ctx;
  const all: Rekruttering[] = [];
  const openBySector = new Map<string, Rekruttering[]>();
  const readyBySector = new Map<string, Citizen[]>();
  const listOf = <T>(m: Map<string, T[]>, k: string): T[] => {
    const existing = m.get(k);
    if (existing !== undefined) return existing;
    const created: T[] = [];
    m.set(k, created);
    return created;
  };

  const applyR = (r: Rekruttering, cmd: RekrutteringCommand): void => {
    const decided = rekrutteringDecider.decide(cmd, r.state);
    if (Result.isFailure(decided)) {
      throw new ModelRuleBroken({ caseId: r.id, command: cmd._tag, reason: decided.failure._tag });
    }
    for (const e of decided.success) {
      r.state = rekrutteringDecider.evolve(r.state, e);
      r.events.push(e);
    }
  };

  /** Open to our candidates: not expired or full, and not all of its positions for us taken. */
  const isOpen = (r: Rekruttering): boolean => r.state.status === "open" && r.state.filled < r.ours;

  const fill = (r: Rekruttering, c: Citizen): void => {
    applyR(r, {
      _tag: "FillRekrutteringsanmodning",
      rekrutteringId: r.id,
      date: iso(today(ctx)),
      caseId: c.caseId,
    });
    startJob(c, r.id);
  };

  /** Fills open positions of `r` from the sector's ready citizens, longest-waiting first. */
  const fillFromReady = (r: Rekruttering): void => {
    const ready = listOf(readyBySector, r.sector);
    while (isOpen(r) && ready.length > 0) {
      const c = ready.shift() as Citizen;
      if (!c.closed) fill(r, c);
    }
  };

  const expire: Handler<Rekruttering> = (r) => {
    if (r.state.status !== "open") return;
    applyR(r, {
      _tag: "ExpireRekrutteringsanmodning",
      rekrutteringId: r.id,
      date: iso(today(ctx)),
    });
  };

  const arrive = (day: number): void => {
    const p = params.rekruttering;
    const sector = pick(params.population.sektor, rng.float());
    const deadline = day + intBetween(p.deadlineWeeks, rng.float()) * 7;
    const positions = Math.max(1, intBetween(p.positions, rng.float()));
    let ours = 0;
    for (let i = 0; i < positions; i++) if (hiringRng.float() < p.hireShare) ours++;
    const r: Rekruttering = {
      id: `r${all.length + 1}`,
      sector,
      measured: day >= ctx.measureFrom && day < ctx.measureTo,
      ours,
      state: rekrutteringDecider.initialState,
      events: [],
    };
    all.push(r);
    applyR(r, {
      _tag: "ReceiveRekrutteringsanmodning",
      rekrutteringId: r.id,
      date: iso(day),
      employerId: `v${1 + Math.floor(rng.float() * 400)}`,
      sector,
      positions,
      deadline: iso(deadline),
    });
    listOf(openBySector, sector).push(r);
    sim.at(deadline, Priority.LOW, expire, r);
    fillFromReady(r);
  };

  /** A citizen just became ready: take the open request with the earliest deadline, else wait in line. */
  const candidateReady = (c: Citizen): void => {
    const open = listOf(openBySector, c.sector).filter(isOpen);
    openBySector.set(c.sector, open);
    const first = open.reduce<Rekruttering | undefined>(
      (best, r) => (best === undefined || r.state.deadline < best.state.deadline ? r : best),
      undefined,
    );
    if (first !== undefined) fill(first, c);
    else listOf(readyBySector, c.sector).push(c);
  };

  return { arrive, candidateReady, all };
};
