import { describe, expect, it } from "vitest";
import type { CaseEvent } from "../events/caseEvents";
import type { Lukkeaarsag } from "../events/vocabulary";
import { d, ev, summaryOf, sygemeldingReceived } from "../testing/fixtures";
import { toEpochDay } from "../time/epochDay";
import {
  endingGroup,
  shareEndingAs,
  shareInJobAfter13Weeks,
  shareWithStatusAfter13Weeks,
  statusAfter13Weeks,
} from "./caseEndings";
import type { CaseSummary } from "./summarizeCase";

const syg = sygemeldingReceived({
  firstAbsenceDay: d("2023-06-01"),
  date: d("2023-06-05"),
  employment: "ansat",
});
const caseOf = (id: string, events: ReadonlyArray<CaseEvent>, asOf = "2024-06-30"): CaseSummary =>
  summaryOf(
    [syg, ...events].map((e) => ({ ...e, caseId: id })),
    asOf,
  );
const jobafklaring = ev("JobafklaringStarted", "2024-01-02");
const closed = (date: string, reason: Lukkeaarsag) => ev("CaseClosed", date, { reason });

const fleks = caseOf("fleks", [jobafklaring, closed("2024-02-01", "fleksjob")]);
const rask = caseOf("rask", [
  jobafklaring,
  ev("RaskmeldingRegistered", "2024-01-20"),
  closed("2024-01-20", "raskmeldt"),
]);
const dead = caseOf("dead", [closed("2023-09-01", "doedsfald")]);
const moved = caseOf("moved", [closed("2023-09-01", "fraflyttet")]);
const kontant = caseOf("kontant", [jobafklaring, closed("2024-02-15", "anden-ydelse")]);
const job = caseOf("job", [
  ev("AnsaettelseEnded", "2023-07-01", { akasseMedlem: true }),
  ev("RaskmeldingRegistered", "2023-09-01"),
  ev("JobStarted", "2023-11-15"),
  closed("2023-11-15", "job"),
]);
const open = caseOf("open", []);
const all = [fleks, rask, dead, moved, kontant, job, open];

describe("ending group of a case", () => {
  it("maps close reasons to the groups of domain.md §3.3", () => {
    expect(all.map(endingGroup)).toEqual([
      "fleksjob",
      "raskmeldt",
      "andet",
      "andet",
      "andenYdelse",
      "job",
      undefined,
    ]);
  });
  it("counts a job start as job even when the close says otherwise", () => {
    const c = caseOf("x", [ev("JobStarted", "2023-08-01"), closed("2023-08-01", "anden-ydelse")]);
    expect(endingGroup(c)).toBe("job");
  });
});

describe("share ending as a group", () => {
  it("is over the ended cases only, in the horizon when given", () => {
    expect(shareEndingAs(all, "andet")).toEqual({ value: 2 / 6, n: 6 });
    const h = { from: toEpochDay("2024-01-01"), to: toEpochDay("2024-12-31") };
    expect(shareEndingAs(all, "fleksjob", h)).toEqual({ value: 1 / 3, n: 3 });
  });
  it("has no observations without ended cases", () => {
    expect(shareEndingAs([open], "job")).toEqual({ value: Number.NaN, n: 0 });
  });
});

describe("share in work 13 weeks after the sickness part", () => {
  it("counts a job by then and a raskmelding back to the job, not other endings", () => {
    // rask and job are in work; fleks, dead, moved, kontant are not; open is not yet observable.
    expect(shareInJobAfter13Weeks(all)).toEqual({ value: 2 / 6, n: 6 });
  });
  it("after jobafklaring keeps only spells that reached it (the bm.dk 2017 figure)", () => {
    expect(shareInJobAfter13Weeks(all, undefined, true)).toEqual({ value: 1 / 3, n: 3 });
  });
  it("waits until 13 weeks have passed and counts a late job as not in work", () => {
    const late = caseOf("late", [
      ev("AnsaettelseEnded", "2023-07-01", { akasseMedlem: true }),
      ev("RaskmeldingRegistered", "2023-09-01"),
      ev("JobStarted", "2024-01-15"),
    ]);
    expect(shareInJobAfter13Weeks([late]).value).toBe(0);
    const early = caseOf("early", [closed("2024-06-01", "raskmeldt")]);
    expect(shareInJobAfter13Weeks([early]).n).toBe(0);
  });
});

describe("status 13 weeks after the sickness part", () => {
  it("is the closing group, work, or anden ydelse for a ledig still without a job", () => {
    const stillLedig = caseOf("ledig", [
      ev("AnsaettelseEnded", "2023-07-01", { akasseMedlem: true }),
      ev("RaskmeldingRegistered", "2023-09-01"),
    ]);
    expect([fleks, rask, dead, kontant, job, stillLedig, open].map(statusAfter13Weeks)).toEqual([
      "fleksjob",
      "raskmeldt",
      "andet",
      "andenYdelse",
      "job",
      "andenYdelse",
      undefined,
    ]);
    expect(shareWithStatusAfter13Weeks(all, ["fleksjob"], undefined, true)).toEqual({
      value: 1 / 3,
      n: 3,
    });
  });
});
