import { describe, expect, it } from "vitest";
import { d, ev, summaryOf, sygemeldingReceived } from "../testing/fixtures";
import { toEpochDay } from "../time/epochDay";
import { kpiCatalog, kpiIds } from "./kpiCatalog";
import { measure } from "./measure";

const summary = summaryOf;
const syg = sygemeldingReceived({
  firstAbsenceDay: d("2024-01-03"),
  date: d("2024-01-05"),
  employment: "ledig-forsikret",
});
const h = { from: toEpochDay("2024-01-01"), to: toEpochDay("2024-06-30") };

describe("handoff waits and the sygedagpenge spell in the case summary", () => {
  it("counts one wait per handoff request, to the first contact after it", () => {
    const s = summary([
      syg,
      ev("RaskmeldingRegistered", "2024-03-01"),
      ev("VirksomhedsserviceHandoffRequested", "2024-03-01"),
      ev("VirksomhedsserviceContactMade", "2024-03-11"),
      ev("VirksomhedsserviceContactMade", "2024-03-20"),
      ev("VirksomhedsserviceHandoffRequested", "2024-04-01"),
      ev("VirksomhedsserviceContactMade", "2024-04-04"),
    ]);
    expect(s.waits.handoffDays).toEqual([10, 3]);
  });
  it("ignores contacts after asOf and ends the spell at the first of raskmelding, jobafklaring, close", () => {
    const events = [
      syg,
      ev("JobafklaringStarted", "2024-02-10"),
      ev("VirksomhedsserviceHandoffRequested", "2024-03-01"),
      ev("VirksomhedsserviceContactMade", "2024-03-11"),
      ev("CaseClosed", "2024-04-01", { reason: "raskmeldt" }),
    ];
    expect(summary(events, "2024-03-05").waits.handoffDays).toEqual([]);
    expect(summary(events).sygedagpengeDays).toBe(
      toEpochDay("2024-02-10") - toEpochDay("2024-01-03"),
    );
    expect(summary(events.slice(0, 1)).sygedagpengeDays).toBeUndefined();
  });
});

describe("measure", () => {
  const job = summary([
    syg,
    ev("OpfoelgningssamtaleHeld", "2024-02-20"),
    ev("RaskmeldingRegistered", "2024-03-01"),
    ev("VirksomhedsserviceHandoffRequested", "2024-03-01"),
    ev("VirksomhedsserviceContactMade", "2024-03-11"),
    ev("JobStarted", "2024-04-01"),
  ]);
  const early = summary([
    { ...syg, caseId: "early", firstAbsenceDay: d("2023-11-01"), date: d("2023-11-03") },
  ]);

  it("reports every catalog KPI in catalog order, resource KPIs null unless given", () => {
    const k = measure([job], h);
    expect(Object.keys(k)).toEqual([...kpiIds]);
    expect(k.handoffWaitDays).toEqual({ value: 10, n: 1 });
    expect(k.spellDurationDays).toEqual({
      value: toEpochDay("2024-03-01") - toEpochDay("2024-01-03"),
      n: 1,
    });
    expect(k.shareEndingInJob).toEqual({ value: 1, n: 1 });
    for (const id of kpiIds)
      if (kpiCatalog[id].measuredFrom !== "cases") expect(k[id]).toEqual({ value: null, n: 0 });
    const given = measure([job], h, {
      resources: {
        caseworkerUtilization: { value: 0.8, n: 5 },
        caseloadPerCaseworker: { value: 40, n: 5 },
        rekrutteringsanmodningerFilledShare: { value: 0.5, n: 2 },
      },
    });
    expect(given.caseworkerUtilization).toEqual({ value: 0.8, n: 5 });
  });

  it("takes the cohort by first absence day in the horizon unless one is given", () => {
    expect(measure([job, early], h).spellDurationDays.n).toBe(1);
    expect(measure([job, early], h, { cohort: [early] }).spellDurationDays).toEqual({
      value: null,
      n: 0,
    });
  });

  it("gives null with n 0, never NaN, when nothing was observed", () => {
    const k = measure([], { from: 0, to: -1 });
    expect(Object.values(k).every((o) => o.value === null && o.n === 0)).toBe(true);
  });
});
