import { describe, expect, it } from "vitest";
import { d, ev, summaryOf, sygemeldingReceived } from "../testing/fixtures";
import { toEpochDay } from "../time/epochDay";
import type { CaseEvent } from "../events/caseEvents";
import { activeCaseloadPerDay, aggregateMonthly } from "./aggregateMonthly";
import * as K from "./kpis";
import type { CaseSummary } from "./summarizeCase";

const caseOf = (id: string, events: ReadonlyArray<CaseEvent>): CaseSummary =>
  summaryOf(events.map((e) => ({ ...e, caseId: id })));
// Both start Wed 2024-01-03 (day 56 = 2024-02-27). A is on time, B is late, C ends before day 56.
const syg = sygemeldingReceived({
  firstAbsenceDay: d("2024-01-03"),
  date: d("2024-01-05"),
  employment: "ledig-forsikret",
});
const a = caseOf("a", [
  syg,
  ev("OpfoelgningssamtaleHeld", "2024-02-20"),
  ev("RaskmeldingRegistered", "2024-03-01"),
  ev("VirksomhedsserviceHandoffRequested", "2024-03-01"),
  ev("VirksomhedsserviceContactMade", "2024-03-11"),
  ev("JobStarted", "2024-04-01"),
]);
const b = caseOf("b", [syg, ev("OpfoelgningssamtaleHeld", "2024-03-05")]);
const c = caseOf("c", [syg, ev("CaseClosed", "2024-02-01", { reason: "raskmeldt" })]);
const all = [a, b, c];
const h = { from: toEpochDay("2024-01-01"), to: toEpochDay("2024-06-30") };

describe("run-level KPIs", () => {
  it("rettidighed of the first samtale counts only spells open at day 56", () => {
    expect(K.rettidighedFirstOpfoelgning(all, h)).toEqual({ value: 0.5, n: 2 });
  });
  it("share ending in job is over cases ended in the horizon", () => {
    expect(K.shareEndingInJob(all, h)).toEqual({ value: 0.5, n: 2 });
  });
  it("waits average over cases with both events", () => {
    expect(K.waitRaskmeldingToVirksomhedsserviceDays(all, h)).toEqual({ value: 10, n: 1 });
    expect(K.waitRaskmeldingToJobDays(all, h)).toEqual({ value: 31, n: 1 });
  });
  it("counts samtaler per month and gives NaN without observations", () => {
    expect(K.samtalerPerMonth(all, h).n).toBe(2);
    expect(K.costPerCaseDkk([], h)).toEqual({ value: Number.NaN, n: 0 });
  });
});

describe("monthly aggregates", () => {
  const months = aggregateMonthly(all, { from: "2024-01-01", to: "2024-03-31" });
  it("has one row per month", () => {
    expect(months.map((m) => m.month)).toEqual(["2024-01", "2024-02", "2024-03"]);
  });
  it("puts each deadline in the month of its due day", () => {
    expect(months[1]?.rettidighedByRule.foersteOpfoelgning).toEqual({
      met: 1,
      late: 1,
      share: 0.5,
    });
  });
  it("tracks active caseload from receipt to end", () => {
    const load = activeCaseloadPerDay(all, toEpochDay("2024-01-04"), toEpochDay("2024-01-06"));
    expect([...load]).toEqual([0, 3, 3]);
    expect(months[2]?.caseloadEnd).toBe(2);
    expect(months[0]?.newCases).toBe(3);
    expect(months[1]?.outcomes).toEqual({ job: 0, raskmeldt: 1, other: 0 });
  });
});
