/** Every deadline of one case under its regime, from its facts. A deadline exists only while its spell runs past it. */
import { countDeadlineDay } from "../rules/countDeadline";
import { sygedagpengeStopDay } from "../rules/sygedagpengePeriod";
import type { CaseFacts } from "./caseFacts";
import { firstOnOrAfter, jobafklaringEnd, minDay, sygedagpengeEnd } from "./spellEnds";
import { type Deadline, type DeadlineRule, makeDeadline } from "./deadline";

type Push = (rule: DeadlineRule, source: string, due: number, metOn: number | undefined) => void;

const runsPast = (end: number | undefined, day: number): boolean => end === undefined || end > day;

/** A `push` that records a deadline only if the spell ending at `end` is still running on its due day. */
const pusher = (out: Array<Deadline>, asOf: number, end: number | undefined): Push => {
  const lateUntil = Math.min(asOf, end ?? asOf);
  return (rule, source, due, metOn) => {
    if (runsPast(end, due)) out.push(makeDeadline(rule, source, due, metOn, asOf, lateUntil));
  };
};

const kategoriOn = (f: CaseFacts, day: number): number | undefined => {
  let k: number | undefined;
  for (const v of f.visitations) if (v.day <= day) k = v.kategori;
  return k;
};

/** First samtale (kat 2/3 and unvisited spells), kat 1 follow-up, fast-track. */
const firstSamtaleDeadlines = (f: CaseFacts, push: Push): void => {
  const r = f.regime;
  const firstSamtale = f.samtaleDays[0];
  const firstDue = f.firstAbsenceDay + r.firstOpfoelgning.dayIndex - 1;
  if (kategoriOn(f, firstDue) !== 1)
    push("foersteOpfoelgning", r.firstOpfoelgning.source, firstDue, firstSamtale);
  const kat1 = f.visitations.find((v) => v.kategori === 1 && v.expected !== undefined);
  if (kat1?.expected !== undefined) {
    const metOn = firstOnOrAfter(f.samtaleDays, kat1.day);
    push("kat1Opfoelgning", r.kat1Opfoelgning.source, kat1.expected, metOn);
  }
  if (r.fastTrack !== undefined && f.fastTrackDay !== undefined) {
    const due = f.fastTrackDay + r.fastTrack.firstSamtaleWithinDays;
    push("fastTrack", r.fastTrack.source, due, firstSamtale);
  }
};

/** Cadence: every N days after each samtale (pre-2020) or at least N samtaler by a day (2020+). */
const cadenceDeadlines = (f: CaseFacts, push: Push): void => {
  const c = f.regime.cadence;
  if (c.kind === "interval") {
    f.samtaleDays.forEach((day, i) => {
      const days = c.daysByKategori[(kategoriOn(f, day) ?? 2) as 1 | 2 | 3];
      if (days !== undefined)
        push("opfoelgningInterval", c.source, day + days, f.samtaleDays[i + 1]);
    });
    return;
  }
  const due = countDeadlineDay(c, f.firstAbsenceDay);
  const single = f.regime.singleSamtale !== undefined && f.visitations.some((v) => v.forudsigeligt);
  if (kategoriOn(f, due) !== 1 && !single)
    push("opfoelgningAntal", c.source, due, f.samtaleDays[c.count - 1]);
};

/** Kat 3 rehabiliteringsteam within 4 weeks of visitation (2015-2024). */
const kat3Deadline = (f: CaseFacts, push: Push): void => {
  const rule = f.regime.rehabiliteringsteamKat3;
  const kat3 = f.visitations.find((v) => v.kategori === 3);
  if (rule === undefined || kat3 === undefined) return;
  push(
    "rehabiliteringsteamKat3",
    rule.source,
    kat3.day + rule.withinDays,
    firstOnOrAfter(f.rehabDays, kat3.day),
  );
};

/** Revurdering by the day sygedagpenge stop. It precedes jobafklaring, so only raskmelding, job or close end it. */
const revurderingDeadline = (f: CaseFacts, asOf: number, out: Array<Deadline>): void => {
  const stop = sygedagpengeStopDay(f.regime, f.employment, f.firstAbsenceDay);
  const push = pusher(out, asOf, minDay(f.raskmeldingDay, f.jobDay, f.closedDay));
  push("revurdering", f.regime.revurdering.source, stop, f.revurderingDays[0]);
};

/** Jobafklaring: first samtale within a week, rehabiliteringsteam within 4 weeks (2025+: only if tværfaglig). */
const jobafklaringDeadlines = (f: CaseFacts, asOf: number, out: Array<Deadline>): void => {
  const rule = f.regime.jobafklaring;
  const start = f.jobafklaringDay;
  if (rule === undefined || start === undefined) return;
  const push = pusher(out, asOf, jobafklaringEnd(f));
  push(
    "jobafklaringFoersteSamtale",
    rule.source,
    start + rule.firstSamtaleWithinDays,
    firstOnOrAfter(f.samtaleDays, start),
  );
  if (rule.rehabiliteringsteamOnlyIfTvaerfaglig && !f.tvaerfaglig) return;
  const rehab = firstOnOrAfter(f.rehabDays, start);
  push(
    "jobafklaringRehabiliteringsteam",
    rule.source,
    start + rule.rehabiliteringsteamWithinDays,
    rehab,
  );
};

/** A ledig raskmeldt needs a CV within 14 days; a CV made during sickness counts (the early-CV lever). */
const cvDeadline = (f: CaseFacts, asOf: number, out: Array<Deadline>): void => {
  const rask = f.raskmeldingDay;
  if (rask === undefined || f.ledigDay === undefined || f.ledigDay > rask) return;
  const due = rask + f.regime.cvAfterRaskmelding.withinDays;
  // The latest CV on or before the due day, else the first one after it.
  let metOn: number | undefined;
  for (const d of f.cvDays) {
    if (d <= due) metOn = d;
    else {
      metOn ??= d;
      break;
    }
  }
  pusher(out, asOf, minDay(f.jobDay, f.closedDay))(
    "cvEfterRaskmelding",
    f.regime.cvAfterRaskmelding.source,
    due,
    metOn,
  );
};

/** All deadlines of a case as of `asOf`. */
export const caseDeadlines = (f: CaseFacts, asOf: number): ReadonlyArray<Deadline> => {
  const out: Array<Deadline> = [];
  const push = pusher(out, asOf, sygedagpengeEnd(f));
  firstSamtaleDeadlines(f, push);
  cadenceDeadlines(f, push);
  kat3Deadline(f, push);
  revurderingDeadline(f, asOf, out);
  jobafklaringDeadlines(f, asOf, out);
  cvDeadline(f, asOf, out);
  return out;
};
