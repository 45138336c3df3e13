/** One simulated citizen: the case's domain state and events, plus the model's own bookkeeping for that case. */
import type {
  Aldersgruppe,
  Beskaeftigelsesstatus,
  CaseEvent,
  CaseState,
  Diagnosegruppe,
  Regime,
} from "@sagsflow/domain";
import type { RecoveryClock } from "./recoveryClock";

/** The model's bookkeeping of a case that has not started yet (shared by drawn and given citizens). */
export const freshProgress = () => ({
  token: 0,
  cvDay: undefined,
  jobmaalDay: undefined,
  vsContactDay: undefined,
  handoffQueued: false,
  praktikPlanned: false,
  hazardUsed: 0,
  jobRate: 0,
  rateSince: 0,
  jobHandle: -1,
  closed: false,
  recovery: undefined,
  inCaseload: false,
  raskHeldUntil: Number.NEGATIVE_INFINITY,
  raskHandle: -1,
});

export interface Citizen {
  readonly index: number;
  readonly caseId: string;
  /** Arrived inside the measurement window (not warm-up or backlog). */
  readonly measured: boolean;
  readonly u: Float64Array;
  readonly regime: Regime;
  readonly firstAbsenceDay: number;
  readonly receivedDay: number;
  readonly employment: Beskaeftigelsesstatus;
  readonly aldersgruppe: Aldersgruppe;
  readonly diagnosegruppe: Diagnosegruppe;
  readonly sector: string;
  readonly forsikret: boolean;
  state: CaseState;
  readonly events: CaseEvent[];
  /** Day of full raskmelding as things stand (recovery, possibly pushed back by a praktik). */
  raskDay: number;
  /** The uniform that picks the citizen's caseworker on each desk (a split by CPR number, resources/caseworkerDesk.ts). */
  readonly caseworkerDraw: number;
  /** The case counts in its sagsbehandler's caseload (from receipt to the end of sickness). */
  inCaseload: boolean;
  /** The recovery hazard clock; undefined for a given (historical) case, whose raskmelding day is fixed. */
  recovery: RecoveryClock | undefined;
  /** The pending raskmelding event (cancelled when recovery is re-timed). */
  raskHandle: number;
  /** A praktik during sickness holds the raskmelding until it ends (seed 000). */
  raskHeldUntil: number;
  /** What the caseworker expects at visitation (levers act on this, not on the true recovery day). */
  expectedRaskDay: number;
  /** The kategori as visited last (a kat 1 case still sick after week 8 is visited again, SDL §12 stk. 3). */
  kategori: 1 | 2 | 3;
  /** Bumped whenever the case moves on, so queued meetings planned earlier are dropped unserved. */
  token: number;
  cvDay: number | undefined;
  jobmaalDay: number | undefined;
  vsContactDay: number | undefined;
  handoffQueued: boolean;
  praktikPlanned: boolean;
  /** Job search: cumulative hazard used so far, current weekly rate, since when, and the pending job event. */
  hazardUsed: number;
  jobRate: number;
  rateSince: number;
  jobHandle: number;
  closed: boolean;
  /** A given case's dismissal day (null: none); undefined draws it from the uniforms as usual (givenCases.ts). */
  givenDismissalDay?: number | null;
}
