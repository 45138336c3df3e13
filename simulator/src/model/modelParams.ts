/**
 * The case-flow model's parameters as plain values: what a compiled scenario hands the simulator.
 * Scenario files wrap each value with provenance ({value, source} or {value, estimate}); see @sagsflow/scenarios.
 */
import { isIsoDate } from "@sagsflow/domain";
import { Schema } from "effect";
import { ScheduledParameter } from "./scheduledParameter";

const NonNegative = Schema.Number.check(Schema.isGreaterThanOrEqualTo(0));
const Share = Schema.Number.check(Schema.isBetween({ minimum: 0, maximum: 1 }));
const Weeks = NonNegative;
/** A calendar day that exists (2022-02-30 is refused, not rolled over to March). */
const IsoDateText = Schema.String.check(
  Schema.makeFilter((s: string) => isIsoDate(s) || `not a calendar date (YYYY-MM-DD): ${s}`),
);
const Shares = Schema.Record(Schema.String, Share);
const Range = Schema.Struct({ min: NonNegative, max: NonNegative });

/** Lognormal recovery time per diagnosis group: weeks from first absence day to full raskmelding. */
const Recovery = Schema.Struct({
  medianWeeks: Schema.Number.check(Schema.isGreaterThan(0)),
  sigma: NonNegative,
});

/**
 * One staff role: head count, sickness, and how a working day is spent (resources/caseworkerDesk.ts): fixed work,
 * administration per open case (capped), then meetings with their journal (domain.md §3.5 for caseloads).
 */
const StaffRole = Schema.Struct({
  fte: NonNegative,
  /** Hired-in help working as the role's own staff (seed 003); usually a schedule for the period it is bought. */
  externalFte: NonNegative,
  sicknessShare: Share,
  sicknessSpellDays: Schema.Number.check(Schema.isGreaterThanOrEqualTo(1)),
  workMinutesPerDay: NonNegative,
  meetingMinutes: Schema.Number.check(Schema.isGreaterThan(0)),
  journalMinutesPerMeeting: NonNegative,
  adminMinutesPerCaseWeek: NonNegative,
  adminMaxShare: Share,
  otherMinutesPerDay: NonNegative,
  hourlyCostDkk: NonNegative,
});

/** Order of a caseworker's waiting meetings (docs/levers.md). */
export const SchedulingPolicy = Schema.Literals([
  "urgentFirst",
  "earliestDeadline",
  "firstComeFirstServed",
]);

export const Organisation = Schema.Literals(["sekventiel", "resultatteam"]);
export type Organisation = typeof Organisation.Type;

/** The fixed lever keys of the case-flow model (docs/levers.md). `null` switches a week lever off. */
export const Levers = Schema.Struct({
  earlyCvWeek: Schema.NullOr(Weeks),
  earlyJobmaalWeek: Schema.NullOr(Weeks),
  vsWeeksBeforeRaskmelding: Weeks,
  organisation: Organisation,
  samarbejdsmoederPerYear: NonNegative,
});
export type Levers = typeof Levers.Type;

export const ModelParams = Schema.Struct({
  regime: Schema.Literals(["auto", "pre2014", "2015-2019", "2020-2024", "2025+"]),
  horizon: Schema.Struct({
    start: IsoDateText,
    weeks: Schema.Number.check(Schema.isGreaterThan(0)),
    warmupWeeks: Weeks,
    followUpWeeks: Weeks,
    maxCases: Schema.NullOr(Schema.Number.check(Schema.isInt(), Schema.isGreaterThan(0))),
  }),
  arrivals: Schema.Struct({
    perWeek: NonNegative,
    /** Twelve monthly factors (January first) multiplying perWeek. */
    seasonality: Schema.Array(NonNegative).check(Schema.isBetweenLength(12, 12)),
  }),
  population: Schema.Struct({
    beskaeftigelsesstatus: Shares,
    diagnosegruppe: Shares,
    aldersgruppe: Shares,
    sektor: Shares,
    kategori3ShareOfLong: Share,
    dismissalShare: Share,
    fastTrackShare: Share,
    delvisRaskmeldingShare: Share,
    departmentsKnownShare: Share,
  }),
  recovery: Schema.Record(Schema.String, Recovery),
  notificationDays: Schema.Struct({ ansat: Range, ledig: Range }),
  revurdering: Schema.Struct({ extensionShare: Share, leadWeeks: Weeks }),
  ledig: Schema.Struct({
    aKasseWeeks: Weeks,
    cvDays: Range,
    jobmaalDays: Range,
    praktikShare: Share,
    praktikWeeks: Range,
    /** Sequential organisation only: days until the receiving role's first meeting after a handoff (seed 001). */
    handoffDays: Range,
    jobRatePerWeekBeforeVs: NonNegative,
    /** Factor on the job rate once virksomhedsservice has made contact (domain.md §5: ×1.05–1.15). */
    vsContactJobFactor: NonNegative,
    tilbudShare: Share,
    maxLedigWeeks: Weeks,
  }),
  rekruttering: Schema.Struct({
    perWeek: NonNegative,
    positions: Range,
    deadlineWeeks: Range,
    /** Share of the ready candidates offered to a request that the employer hires (the rest wait for the next). */
    hireShare: Share,
  }),
  staff: Schema.Struct({
    schedulingPolicy: SchedulingPolicy,
    sagsbehandler: StaffRole,
    jobkonsulent: StaffRole,
    virksomhedskonsulent: StaffRole,
  }),
  levers: Levers,
  backlog: Schema.Struct({
    openCases: NonNegative,
    overdueShare: Share,
    /** External review (externalReview.ts): how many of the most overdue cases, how many a week, and the share ended. */
    reviewCases: NonNegative,
    reviewPerWeek: NonNegative,
    reviewCloseShare: Share,
  }),
  /** Hazard multipliers: estimates with a range (domain.md §5); recoveryClock.ts applies the recovery factors. */
  hazards: Schema.Struct({
    recoveryMultiplier: NonNegative,
    jobExitMultiplier: NonNegative,
    /** Factors on the recovery hazard while a situation lasts (issue 16 item 3); 1 = no effect. */
    recoveryFactors: Schema.Struct({
      delvisRaskmelding: NonNegative,
      /** During the contact window after each opfølgningssamtale. */
      opfoelgningssamtale: NonNegative,
      contactWindowWeeks: Weeks,
      fastTrack: NonNegative,
      jobafklaring: NonNegative,
      virksomhedsrettetTilbud: NonNegative,
    }),
  }),
  /**
   * How cases end beyond job and raskmelding (caseOutcomes.ts, domain.md §3.3): the rehabiliteringsteam's indstilling
   * in jobafklaring (the rest have none and wait for recovery), when the decision comes, and yearly rates of death
   * and relocation while a case is open.
   */
  outcomes: Schema.Struct({
    jobafklaring: Schema.Struct({
      fleksjob: Share,
      foertidspension: Share,
      ressourceforloeb: Share,
      uddannelse: Share,
    }),
    decisionWeeks: Range,
    /** Share of the still-employed who lose their job when the spell reaches jobafklaring (120-dages reglen). */
    jobLossAtJobafklaringShare: Share,
    deathPerYear: NonNegative,
    relocationPerYear: NonNegative,
  }),
  /** Parameters that change over the calendar (scheduledParameter.ts); absent or empty: all constant. */
  schedules: Schema.optionalKey(Schema.Array(ScheduledParameter)),
});
export type ModelParams = typeof ModelParams.Type;
