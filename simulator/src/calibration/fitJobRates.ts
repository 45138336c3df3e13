/**
 * Weekly job-finding rate of raskmeldte ledige before virksomhedsservice contact, and the factor after contact: jobs over weeks at
 * risk, the maximum-likelihood rate of an exponential clock with right censoring (the model's hazard clock,
 * jobSearch.ts). A citizen is at risk from the raskmelding once the CV is searchable until job, close or `asOf`.
 */
import type { CaseRecord } from "./caseRecord";
import type { FittedValue } from "./fittedValue";

const MIN_JOBS = 10;

export const fitJobRates = (rs: ReadonlyArray<CaseRecord>, asOf: number): FittedValue[] => {
  const before = { jobs: 0, days: 0 };
  const after = { jobs: 0, days: 0 };
  for (const r of rs) {
    if (r.raskmeldingDay === undefined || r.cvDay === undefined || r.closeReason === "raskmeldt")
      continue;
    const start = Math.max(r.raskmeldingDay, r.cvDay);
    const end = Math.min(r.jobDay ?? r.closedDay ?? asOf, r.closedDay ?? asOf, asOf);
    if (end <= start) continue;
    const contact = r.contactDay === undefined ? end : Math.min(Math.max(r.contactDay, start), end);
    before.days += contact - start;
    after.days += end - contact;
    // A job through a rekrutteringsanmodning is the market's doing (rekrutteringMarket.ts): censoring, not hazard.
    if (r.jobDay !== undefined && r.jobDay === end && !r.jobViaRekruttering) {
      if (r.contactDay !== undefined && r.contactDay <= r.jobDay) after.jobs++;
      else before.jobs++;
    }
  }
  const weekly = (x: { jobs: number; days: number }): number | undefined =>
    x.jobs >= MIN_JOBS && x.days > 0 ? x.jobs / (x.days / 7) : undefined;
  const rateBefore = weekly(before);
  const rateAfter = weekly(after);
  const out: FittedValue[] = [];
  if (rateBefore !== undefined)
    out.push({
      path: ["ledig", "jobRatePerWeekBeforeVs"],
      value: Math.round(rateBefore * 1e4) / 1e4,
      n: before.jobs,
    });
  // The model takes the rate after contact as a factor on the rate before (issue 16 item 5).
  if (rateBefore !== undefined && rateBefore > 0 && rateAfter !== undefined)
    out.push({
      path: ["ledig", "vsContactJobFactor"],
      value: Math.round((rateAfter / rateBefore) * 1e3) / 1e3,
      n: after.jobs,
    });
  return out;
};
