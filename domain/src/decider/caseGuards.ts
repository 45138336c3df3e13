/** Guards of the case decider: each returns the error for a broken rule, or undefined. Rules cite docs/rules.md. */
import type { CaseCommand } from "../commands/caseCommands";
import * as E from "../errors/caseErrors";
import type { CaseState, CaseStatus } from "./caseState";

const err = <T>(
  Make: new (f: { caseId: string; rule: string; value: string }) => T,
  s: CaseState,
  rule: string,
  value: unknown,
): T => new Make({ caseId: s.caseId, rule, value: String(value) });

/** The command may only act on a case in one of `allowed` states. */
export const requireStatus = (
  s: CaseState,
  cmd: CaseCommand,
  allowed: ReadonlyArray<CaseStatus>,
): E.CaseError | undefined => {
  if (allowed.includes(s.status)) return undefined;
  const rule = `${cmd._tag} requires status ${allowed.join("|")}`;
  if (s.status === "raskmeldt") return err(E.RaskmeldingAlreadyRegistered, s, rule, cmd._tag);
  if (s.status === "jobafklaring") return err(E.JobafklaringAlreadyStarted, s, rule, cmd._tag);
  return err(E.CaseAlreadyClosed, s, rule, s.status);
};

/** Virksomhedsservice and job search are for ledige only (domain.md §2). */
export const requireLedig = (s: CaseState, cmd: CaseCommand): E.CaseError | undefined =>
  s.ledig
    ? undefined
    : err(
        E.CitizenNotLedig,
        s,
        `${cmd._tag} only for a ledig citizen (domain.md §2.1)`,
        s.employment,
      );

/** Kategori must exist in the regime (kat 3 abolished from 2025, KategoriNotInRegime). */
export const requireKategoriInRegime = (
  s: CaseState,
  kategori: number,
): E.CaseError | undefined => {
  const rule = s.regime?.kategorier;
  if (rule === undefined || rule.allowed.some((k) => k === kategori)) return undefined;
  return err(
    E.KategoriNotInRegime,
    s,
    `kategori not in regime ${s.regime?.id}: ${rule.source}`,
    kategori,
  );
};

/**
 * §13f (forudsigeligt forløb, one samtale) exists only in regimes that have it (from 2025) and only for an employed
 * citizen (SDL §13f as of L 74 2024/25; domain.md §0): elsewhere the flag is refused, not silently ignored.
 */
export const requireForudsigeligtAllowed = (s: CaseState): E.CaseError | undefined => {
  const rule = s.regime?.singleSamtale;
  if (rule === undefined)
    return err(
      E.RuleNotInRegime,
      s,
      `§13f forudsigeligt forløb not in regime ${s.regime?.id}`,
      "forudsigeligtForloeb",
    );
  if (s.employment !== "ansat" || s.ledig)
    return err(
      E.CitizenNotAnsat,
      s,
      `§13f forudsigeligt forløb only for an employed citizen: ${rule.source}`,
      s.ledig ? "ledig" : s.employment,
    );
  return undefined;
};

/** Fast-track exists from 2015, once per spell, requested within the first 5 weeks. */
export const requireFastTrackAllowed = (s: CaseState, day: number): E.CaseError | undefined => {
  const rule = s.regime?.fastTrack;
  if (rule === undefined)
    return err(
      E.RuleNotInRegime,
      s,
      `fast-track not in regime ${s.regime?.id}`,
      "RequestFastTrack",
    );
  if (s.fastTrackDay !== undefined)
    return err(E.FastTrackAlreadyRequested, s, rule.source, s.fastTrackDay);
  const dayIndex = day - s.firstAbsenceDay + 1;
  if (dayIndex > rule.requestByDayIndex) {
    return err(
      E.FastTrackRequestTooLate,
      s,
      `request by day ${rule.requestByDayIndex}: ${rule.source}`,
      `day ${dayIndex}`,
    );
  }
  return undefined;
};

/** Jobafklaring only when sygedagpenge cannot be extended: a revurdering decided so (SDL §24 stk. 2). */
export const requireJobafklaringAllowed = (s: CaseState): E.CaseError | undefined => {
  const rule = s.regime?.jobafklaring;
  if (rule === undefined)
    return err(
      E.RuleNotInRegime,
      s,
      `jobafklaring not in regime ${s.regime?.id}`,
      "StartJobafklaring",
    );
  if (s.revurderingOutcome === "jobafklaring") return undefined;
  return err(
    E.JobafklaringNotAllowed,
    s,
    `needs revurdering outcome jobafklaring: ${rule.source}`,
    s.revurderingOutcome ?? "no revurdering",
  );
};

/** An extension must name its SDL §27 ground. */
export const requireRevurderingGround = (
  s: CaseState,
  cmd: CaseCommand,
): E.CaseError | undefined =>
  cmd._tag === "CompleteRevurdering" && cmd.outcome === "forlaengelse" && cmd.ground === undefined
    ? err(E.RevurderingGroundMissing, s, "forlængelse needs a §27 stk. 1 ground (SDL §27)", "none")
    : undefined;

/** Commands cannot be dated before the case's latest event or before the first absence day. */
export const requireDateInOrder = (
  s: CaseState,
  day: number,
  date: string,
): E.CaseError | undefined =>
  day < s.lastDay || day < s.firstAbsenceDay
    ? err(E.DateOutOfOrder, s, "date not before the latest event or the first absence day", date)
    : undefined;

export { err };
