import { describe, expect, it } from "vitest";
import { d, ev, sygemeldingReceived } from "../testing/fixtures";
import { fromEpochDay } from "../time/epochDay";
import type { CaseEvent } from "../events/caseEvents";
import { summarizeCase } from "./summarizeCase";

// 2024-01-03 is a Wednesday: day 56 = Tue 2024-02-27, day 57 = Wed 2024-02-28.
const syg = sygemeldingReceived({ firstAbsenceDay: d("2024-01-03"), date: d("2024-01-05") });
const deadline = (events: ReadonlyArray<CaseEvent>, rule: string, asOf = "2024-12-31") =>
  summarizeCase(events, { asOf })?.deadlines.find((x) => x.rule === rule);

describe("first opfølgningssamtale by the end of week 8 (day 56)", () => {
  it("is met by a samtale on day 56", () => {
    const dl = deadline([syg, ev("OpfoelgningssamtaleHeld", "2024-02-27")], "foersteOpfoelgning");
    expect(dl).toMatchObject({ status: "met", daysLate: 0 });
    expect(fromEpochDay(dl?.due ?? 0)).toBe("2024-02-27");
  });
  it("is late by one day for a samtale on day 57", () => {
    expect(
      deadline([syg, ev("OpfoelgningssamtaleHeld", "2024-02-28")], "foersteOpfoelgning"),
    ).toMatchObject({ status: "late", daysLate: 1 });
  });
  it("must be met by the preceding working day when day 56 is a Sunday", () => {
    const sun = sygemeldingReceived(); // 2024-01-01 + 55 = Sun 2024-02-25
    const dl = deadline([sun, ev("OpfoelgningssamtaleHeld", "2024-02-24")], "foersteOpfoelgning");
    expect(fromEpochDay(dl?.statutoryDue ?? 0)).toBe("2024-02-25");
    expect(fromEpochDay(dl?.due ?? 0)).toBe("2024-02-23");
    expect(dl).toMatchObject({ status: "late", daysLate: 1 });
  });
  it("is open before its due day and late once passed without a samtale", () => {
    expect(deadline([syg], "foersteOpfoelgning", "2024-02-27")).toMatchObject({ status: "open" });
    expect(deadline([syg], "foersteOpfoelgning", "2024-03-05")).toMatchObject({
      status: "late",
      daysLate: 7,
      metOn: undefined,
    });
  });
  it("does not exist for a spell raskmeldt before day 56, or for kat 1", () => {
    expect(
      deadline([syg, ev("RaskmeldingRegistered", "2024-02-01")], "foersteOpfoelgning"),
    ).toBeUndefined();
    expect(
      deadline(
        [syg, ev("VisitationCompleted", "2024-01-20", { kategori: 1 })],
        "foersteOpfoelgning",
      ),
    ).toBeUndefined();
  });
});

describe("other sygedagpenge deadlines", () => {
  it("fast-track: first samtale within 14 days of the request", () => {
    const ft = ev("FastTrackRequested", "2024-01-15", { requestedBy: "arbejdsgiver" });
    expect(
      deadline([syg, ft, ev("OpfoelgningssamtaleHeld", "2024-01-29")], "fastTrack"),
    ).toMatchObject({ status: "met" });
    expect(
      deadline([syg, ft, ev("OpfoelgningssamtaleHeld", "2024-01-30")], "fastTrack"),
    ).toMatchObject({ status: "late", daysLate: 1 });
  });
  it("kat 1: follow-up on the expected raskmelding date", () => {
    const v = ev("VisitationCompleted", "2024-01-10", {
      kategori: 1,
      expectedRaskmelding: d("2024-02-14"),
    });
    expect(deadline([syg, v], "kat1Opfoelgning", "2024-02-20")).toMatchObject({ status: "late" });
    expect(
      deadline([syg, v, ev("OpfoelgningssamtaleHeld", "2024-02-14")], "kat1Opfoelgning"),
    ).toMatchObject({ status: "met" });
  });
  it("2015-2019: every 4 weeks after a samtale", () => {
    const s15 = sygemeldingReceived({ firstAbsenceDay: d("2018-01-03"), date: d("2018-01-05") });
    const events = [
      s15,
      ev("OpfoelgningssamtaleHeld", "2018-02-20"),
      ev("OpfoelgningssamtaleHeld", "2018-03-21"),
    ];
    const dls = summarizeCase(events, { asOf: "2018-03-22" })?.deadlines.filter(
      (x) => x.rule === "opfoelgningInterval",
    );
    expect(dls?.map((x) => [x.status, x.daysLate])).toEqual([
      ["late", 1],
      ["open", 0],
    ]);
  });
  it("2020-2024: four samtaler within 26 weeks", () => {
    const samtaler = ["2024-02-20", "2024-03-15", "2024-04-15", "2024-06-28"].map((s) =>
      ev("OpfoelgningssamtaleHeld", s),
    );
    expect(deadline([syg, ...samtaler], "opfoelgningAntal")).toMatchObject({ status: "met" });
    expect(
      deadline([syg, ...samtaler.slice(0, 3)], "opfoelgningAntal", "2024-07-10"),
    ).toMatchObject({ status: "late" });
  });
  it("2025+: one samtale for a predictable employed case (§13f)", () => {
    const s25 = sygemeldingReceived({ firstAbsenceDay: d("2025-03-03"), date: d("2025-03-04") });
    const v = ev("VisitationCompleted", "2025-04-01", { kategori: 2, forudsigeligtForloeb: true });
    expect(deadline([s25, v], "opfoelgningAntal", "2025-12-31")).toBeUndefined();
    expect(deadline([s25], "opfoelgningAntal", "2025-12-31")).toMatchObject({ status: "late" });
  });
  it("kat 3: rehabiliteringsteam within 4 weeks of visitation", () => {
    const v = ev("VisitationCompleted", "2024-02-01", { kategori: 3 });
    expect(
      deadline(
        [syg, v, ev("RehabiliteringsteamMoedeHeld", "2024-02-29")],
        "rehabiliteringsteamKat3",
      ),
    ).toMatchObject({ status: "met" });
    expect(
      deadline(
        [syg, v, ev("RehabiliteringsteamMoedeHeld", "2024-03-01")],
        "rehabiliteringsteamKat3",
      ),
    ).toMatchObject({ status: "late" });
  });
  it("revurdering: due at the month end, moved to the preceding working day", () => {
    const s = sygemeldingReceived({ firstAbsenceDay: d("2023-12-29"), date: d("2024-01-02") });
    const dl = deadline(
      [s, ev("RevurderingCompleted", "2024-06-28", { outcome: "forlaengelse", ground: 3 })],
      "revurdering",
    );
    expect(fromEpochDay(dl?.due ?? 0)).toBe("2024-06-28"); // 2024-06-30 is a Sunday
    expect(dl?.status).toBe("met");
  });
});

describe("jobafklaring and CV deadlines", () => {
  const jaf = [
    syg,
    ev("RevurderingCompleted", "2024-07-20", { outcome: "jobafklaring" }),
    ev("JobafklaringStarted", "2024-08-01"),
  ];
  it("first samtale within 1 week, rehabiliteringsteam within 4 weeks", () => {
    const events = [
      ...jaf,
      ev("OpfoelgningssamtaleHeld", "2024-08-08"),
      ev("RehabiliteringsteamMoedeHeld", "2024-08-30"),
    ];
    expect(deadline(events, "jobafklaringFoersteSamtale")).toMatchObject({ status: "met" });
    expect(deadline(events, "jobafklaringRehabiliteringsteam")).toMatchObject({
      status: "late",
      daysLate: 1,
    });
  });
  it("CV within 14 days of raskmelding for a ledig; an early CV counts", () => {
    const ledig = sygemeldingReceived({
      firstAbsenceDay: d("2024-01-03"),
      date: d("2024-01-05"),
      employment: "ledig-forsikret",
    });
    const rask = ev("RaskmeldingRegistered", "2024-03-01");
    expect(
      deadline([ledig, ev("CvUpdated", "2024-02-20"), rask], "cvEfterRaskmelding"),
    ).toMatchObject({ status: "met" });
    expect(
      deadline([ledig, rask, ev("CvUpdated", "2024-03-18")], "cvEfterRaskmelding"),
    ).toMatchObject({ status: "late", daysLate: 3 });
    expect(deadline([syg, rask], "cvEfterRaskmelding")).toBeUndefined();
  });
});
