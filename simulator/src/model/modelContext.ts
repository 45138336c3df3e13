/**
 * What every part of one case-flow run shares: the engine, parameters, the desks (staff capacity), the ledger that
 * sends every state change through the domain decider, and the measurement window in epoch days.
 */
import {
  type CaseCommand,
  caseDecider,
  fromEpochDay,
  type IsoDate,
  isWorkingDay,
  type Regime,
} from "@sagsflow/domain";
import { Result, Schema } from "effect";
import type { Simulation } from "../engine/simulation";
import type { Citizen } from "./citizen";
import type { CaseworkerDesk } from "../resources/caseworkerDesk";
import type { ModelParams } from "./modelParams";

export type TaskKind =
  | "samtale"
  | "revurdering"
  | "earlyJobmaal"
  | "samarbejdsmoede"
  | "jobmaal"
  | "vsContact";

export interface Task {
  readonly citizen: Citizen;
  readonly kind: TaskKind;
  readonly due: number;
  readonly token: number;
  /** First samtale, revurdering, fast-track and jobafklaring starts go first under `urgentFirst`. */
  readonly urgent: boolean;
}

export type Desk = CaseworkerDesk<Task>;

export interface Desks {
  readonly sagsbehandler: Desk;
  readonly jobkonsulent: Desk;
  readonly virksomhedskonsulent: Desk;
}

/** The model sent the decider a command it rejects: a defect in the model, never a data error. */
export class ModelRuleBroken extends Schema.TaggedError<ModelRuleBroken>()("ModelRuleBroken", {
  caseId: Schema.String,
  command: Schema.String,
  reason: Schema.String,
}) {
  override get message(): string {
    return `the case-flow model broke a domain rule in ${this.caseId} with ${this.command}: ${this.reason}`;
  }
}

export interface ModelContext {
  readonly sim: Simulation;
  readonly params: ModelParams;
  /** A regime fixed by the scenario, or undefined to choose by first absence day. */
  readonly regime: Regime | undefined;
  /** A regime schedule (paramsOnDay.ts): the rules in force on a new case's first absence day. */
  readonly regimeByDate?: (firstAbsenceDay: number) => Regime;
  readonly desks: Desks;
  readonly measureFrom: number;
  /** End of the measurement window (exclusive); with `horizon.maxCases` it closes when the last case arrives. */
  measureTo: number;
  end: number;
}

const isoCache = new Map<number, IsoDate>();

/** ISO date of an epoch day, memoised: the model dates every event. */
export const iso = (day: number): IsoDate => {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = fromEpochDay(day);
    isoCache.set(day, s);
  }
  return s;
};

/** Applies a command through the case decider; the events join the citizen's stream. */
export const apply = (c: Citizen, command: CaseCommand): void => {
  const decided = caseDecider.decide(command, c.state);
  if (Result.isFailure(decided)) {
    const e = decided.failure as { rule?: string; value?: string; _tag: string };
    throw new ModelRuleBroken({
      caseId: c.caseId,
      command: command._tag,
      reason: `${e._tag}: ${e.rule} (${e.value})`,
    });
  }
  for (const event of decided.success) {
    c.state = caseDecider.evolve(c.state, event);
    c.events.push(event);
  }
};

/** The deadline day itself or, when it is a weekend or holiday, the working day before (docs/rules.md). */
export const lastWorkingDayBy = (day: number): number => {
  let d = day;
  while (!isWorkingDay(d)) d--;
  return d;
};

/** Today's integer day in the simulation. */
export const today = (ctx: ModelContext): number => Math.floor(ctx.sim.now);

export const isSick = (c: Citizen): boolean =>
  c.state.status === "sygemeldt" || c.state.status === "jobafklaring";

/** The case joins its sagsbehandler's caseload (administration time, resources/caseworkerDesk.ts). */
export const joinCaseload = (ctx: ModelContext, c: Citizen): void => {
  if (c.inCaseload) return;
  const desk = ctx.desks.sagsbehandler;
  desk.open(desk.assign(c.caseworkerDraw));
  c.inCaseload = true;
};

/** The sick phase is over: the case leaves its sagsbehandler's caseload. */
export const leaveCaseload = (ctx: ModelContext, c: Citizen): void => {
  if (!c.inCaseload) return;
  const desk = ctx.desks.sagsbehandler;
  desk.close(desk.assign(c.caseworkerDraw));
  c.inCaseload = false;
};

/** Queues a meeting with the citizen's own caseworker on that desk (`Citizen.caseworkerDraw`). */
export const requestMeeting = (
  ctx: ModelContext,
  desk: Desk,
  c: Citizen,
  kind: TaskKind,
  plannedDay: number,
  due: number,
  urgent = kind === "revurdering",
): void => {
  desk.request(
    desk.assign(c.caseworkerDraw),
    { citizen: c, kind, due, token: c.token, urgent },
    Math.max(plannedDay, today(ctx)),
  );
};
