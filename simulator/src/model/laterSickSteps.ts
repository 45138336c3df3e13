/**
 * The later steps of a long sick spell: revurdering by the regime's stop rule (extension under SDL §27 or
 * jobafklaring, SDL §24 stk. 2), the rehabiliteringsteam, and samarbejdsmøder for citizens known to several
 * departments (seed 002).
 */
import type { Lukkeaarsag } from "@sagsflow/domain";
import { Priority } from "../engine/priority";
import type { Handler } from "../engine/simulation";
import type { Citizen } from "./citizen";
import { draw } from "./citizenDraws";
import {
  apply,
  isSick,
  iso,
  lastWorkingDayBy,
  type ModelContext,
  requestMeeting,
  type Task,
  today,
} from "./modelContext";

export const makeLaterSickSteps = (
  ctx: ModelContext,
  closeCase: (c: Citizen, reason: Lukkeaarsag) => void,
  /** The recovery hazard may have changed (jobafklaring has its own factor). */
  retimeRecovery: (c: Citizen) => void,
  /** Jobafklaring began: the rehabiliteringsteam's indstilling and its decision (caseOutcomes.ts). */
  jobafklaringStarted: (c: Citizen, day: number) => void,
) => {
  const { sim, params } = ctx;
  const desk = ctx.desks.sagsbehandler;

  /** Before 2015 there was no jobafklaring: a spell not extended at the limit ends on another ydelse. */
  const stopWithoutExtension: Handler<Citizen> = (c) => {
    if (!c.closed && isSick(c)) closeCase(c, "anden-ydelse");
  };

  /** Samarbejdsmøder for citizens known to several departments (seed 002); they use a caseworker slot each. */
  const samarbejdsInterval =
    params.levers.samarbejdsmoederPerYear > 0 ? 365 / params.levers.samarbejdsmoederPerYear : 0;
  /** The first samarbejdsmøde comes half an interval after the case qualifies. */
  const halfInterval = Math.round(samarbejdsInterval / 2);
  const planSamarbejdsmoede = (c: Citizen, from: number): void => {
    if (
      samarbejdsInterval <= 0 ||
      draw(c, "departments") >= params.population.departmentsKnownShare
    )
      return;
    const at = from + Math.round(samarbejdsInterval);
    requestMeeting(ctx, desk, c, "samarbejdsmoede", at, at + 14);
  };

  const rehabiliteringsteam: Handler<Citizen> = (c) => {
    if (c.closed || !isSick(c)) return;
    apply(c, { _tag: "HoldRehabiliteringsteamMoede", caseId: c.caseId, date: iso(today(ctx)) });
  };

  const startJobafklaring: Handler<Citizen> = (c) => {
    if (c.closed || c.state.status !== "sygemeldt") return;
    const day = today(ctx);
    apply(c, {
      _tag: "StartJobafklaring",
      caseId: c.caseId,
      date: iso(day),
      tvaerfagligIndsats: c.kategori === 3,
    });
    c.token++;
    retimeRecovery(c);
    jobafklaringStarted(c, day);
    if (c.kategori !== 3) planSamarbejdsmoede(c, day - halfInterval);
    const rule = c.regime.jobafklaring;
    if (rule === undefined) return;
    const firstDue = lastWorkingDayBy(day + rule.firstSamtaleWithinDays);
    requestMeeting(ctx, desk, c, "samtale", day, firstDue, true);
    if (!rule.rehabiliteringsteamOnlyIfTvaerfaglig || c.kategori === 3) {
      sim.at(
        day + 7 + Math.floor(draw(c, "booking") * (rule.rehabiliteringsteamWithinDays - 7)),
        Priority.NORMAL,
        rehabiliteringsteam,
        c,
      );
    }
  };

  const serveSamarbejdsmoede = (c: Citizen, day: number): boolean => {
    apply(c, {
      _tag: "HoldSamarbejdsmoede",
      caseId: c.caseId,
      date: iso(day),
      resource: "sagsbehandler",
    });
    planSamarbejdsmoede(c, day);
    return true;
  };

  const serveRevurdering = (task: Task, day: number): boolean => {
    const c = task.citizen;
    if (c.state.status !== "sygemeldt" || c.state.revurderingOutcome !== undefined) return false;
    const extend = draw(c, "extension") < params.revurdering.extensionShare;
    if (extend) {
      apply(c, {
        _tag: "CompleteRevurdering",
        caseId: c.caseId,
        date: iso(day),
        outcome: "forlaengelse",
        ground: 3,
        resource: "sagsbehandler",
      });
    } else if (c.regime.jobafklaring !== undefined) {
      apply(c, {
        _tag: "CompleteRevurdering",
        caseId: c.caseId,
        date: iso(day),
        outcome: "jobafklaring",
        resource: "sagsbehandler",
      });
      sim.at(Math.max(day, task.due) + 1, Priority.NORMAL, startJobafklaring, c);
    } else {
      sim.at(Math.max(day, task.due) + 1, Priority.NORMAL, stopWithoutExtension, c);
    }
    return true;
  };

  return {
    planSamarbejdsmoede,
    halfInterval,
    rehabiliteringsteam,
    startJobafklaring,
    serveSamarbejdsmoede,
    serveRevurdering,
  };
};
