/**
 * The historical cases as a cohort the model can replay: arrival days and attributes as recorded, recovery as the
 * raskmelding showed it (a praktik-held raskmelding counts from the praktik's midpoint, fitRecovery.ts), kategori
 * and expected raskmelding from the visitation, and the dismissal day.
 */
import type {
  Aldersgruppe,
  Beskaeftigelsesstatus,
  CaseEvent,
  Diagnosegruppe,
} from "@sagsflow/domain";
import type { CohortCase } from "../model/givenCases";
import { caseRecord } from "./caseRecord";
import type { DayWindow } from "./fitArrivals";
import { recoveryDuration } from "./fitRecovery";

export const cohortFromHistory = (
  cases: ReadonlyArray<ReadonlyArray<CaseEvent>>,
  window: DayWindow,
  asOf: number,
): CohortCase[] =>
  cases.flatMap((events) => {
    const r = caseRecord(events);
    if (r === undefined || r.firstAbsenceDay < window.from || r.firstAbsenceDay > window.to)
      return [];
    const rec = recoveryDuration(r, asOf);
    const recoveryDay = rec.observed ? r.firstAbsenceDay + Math.round(rec.days) : undefined;
    return [
      {
        caseId: r.caseId,
        firstAbsenceDay: r.firstAbsenceDay,
        receivedDay: r.receivedDay,
        employment: r.employment as Beskaeftigelsesstatus,
        aldersgruppe: r.ageBand as Aldersgruppe,
        diagnosegruppe: r.diagnosisGroup as Diagnosegruppe,
        sector: r.sector,
        kategori: (r.kategori ?? 1) as 1 | 2 | 3,
        expectedRaskDay: r.expectedRaskDay ?? recoveryDay ?? asOf,
        recoveryDay,
        recoveredAfter: r.firstAbsenceDay + Math.round(rec.days),
        dismissalDay: r.dismissalDay ?? null,
      },
    ];
  });
