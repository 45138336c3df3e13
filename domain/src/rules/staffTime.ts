/**
 * Caseworker time per event, in hours, and the hourly cost: all estimates (domain.md has no
 * time-use study; docs/rules.md "Cost"). Scenarios override them through summary options.
 */
import type { CaseEvent } from "../events/caseEvents";

/** Estimated staff hours per event (EST, L). Events absent here take no staff time. */
export const defaultStaffHoursPerEvent: Readonly<Partial<Record<CaseEvent["_tag"], number>>> = {
  SygemeldingReceived: 0.5,
  VisitationCompleted: 0.5,
  OpfoelgningssamtaleHeld: 1,
  FastTrackRequested: 0.25,
  DelvisRaskmeldingRegistered: 0.5,
  RevurderingCompleted: 2,
  JobafklaringStarted: 1,
  RehabiliteringsteamMoedeHeld: 3,
  JobmaalAgreed: 0.75,
  PraktikStarted: 1,
  VirksomhedsserviceHandoffRequested: 0.25,
  VirksomhedsserviceContactMade: 1,
  VirksomhedsrettetTilbudStarted: 1.5,
  CaseClosed: 0.25,
  // A samarbejdsmøde takes staff from every department the citizen is known to, at least two (seed 002): 1.5 h each.
  SamarbejdsmoedeHeld: 1.5 * 2,
  SagsgennemgangCompleted: 1,
};

/** Fully loaded caseworker cost, DKK per hour (EST, L: salary plus overhead). */
export const defaultStaffHourlyDkk = 450;
