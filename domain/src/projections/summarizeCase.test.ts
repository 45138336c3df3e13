import { describe, expect, it } from "vitest";
import { d, ev, sygemeldingReceived } from "../testing/fixtures";
import { toEpochDay } from "../time/epochDay";
import { summarizeCase } from "./summarizeCase";

const ledig = sygemeldingReceived({
  employment: "ledig-forsikret",
  firstAbsenceDay: d("2024-01-01"),
  date: d("2024-01-03"),
});
const path = [
  ledig,
  ev("RaskmeldingRegistered", "2024-03-01"),
  ev("VirksomhedsserviceHandoffRequested", "2024-03-04"),
  ev("VirksomhedsserviceContactMade", "2024-03-11"),
  ev("JobStarted", "2024-04-01"),
  ev("CaseClosed", "2024-04-01", { reason: "job" }),
];

describe("a ledig who is raskmeldt and finds a job", () => {
  const s = summarizeCase(path);
  it("measures the waits", () => {
    expect(s?.waits).toEqual({
      raskmeldingToVirksomhedsserviceDays: 10,
      raskmeldingToJobDays: 31,
      sygemeldingToJobDays: 91,
      handoffDays: [7],
    });
  });
  it("splits weeks on ydelse from the first municipally paid day (day 15 after the a-kasse period)", () => {
    expect(s?.weeksOnYdelse.sygedagpenge).toBeCloseTo(
      (toEpochDay("2024-03-01") - toEpochDay("2024-01-15")) / 7,
    );
    expect(s?.weeksOnYdelse.dagpengeEllerKontanthjaelp).toBeCloseTo(31 / 7);
    expect(s?.weeksOnYdelse.ressourceforloebsydelse).toBe(0);
  });
  it("prices benefit at the 2024 capped rates and staff time separately", () => {
    const syg = (46 * 4695) / 7;
    const dagpenge = (31 * ((19728 * 12) / 52)) / 7;
    expect(s?.cost.benefitDkk).toBeCloseTo(syg + dagpenge, 6);
    expect(s?.cost.staffHours).toBeCloseTo(0.5 + 0.25 + 1 + 0.25);
    expect(s?.cost.totalDkk).toBeCloseTo((s?.cost.benefitDkk ?? 0) + (s?.cost.staffDkk ?? 0));
  });
  it("ends in a job with phases in order (a job closed the same day leaves no job phase)", () => {
    expect(s?.outcome).toBe("job");
    expect(s?.phases.map((p) => p.phase)).toEqual(["akasseperiode", "sygedagpenge", "ledig"]);
    const later = summarizeCase([
      ...path.slice(0, 5),
      ev("CaseClosed", "2024-05-01", { reason: "job" }),
    ]);
    expect(later?.phases.at(-1)).toEqual({
      phase: "job",
      from: toEpochDay("2024-04-01"),
      to: toEpochDay("2024-05-01"),
    });
  });
  it("clips the virksomhedsservice wait at zero when contact precedes raskmelding", () => {
    const early = [
      ledig,
      ev("VirksomhedsserviceHandoffRequested", "2024-02-01"),
      ev("VirksomhedsserviceContactMade", "2024-02-05"),
      ev("RaskmeldingRegistered", "2024-03-01"),
    ];
    expect(summarizeCase(early)?.waits.raskmeldingToVirksomhedsserviceDays).toBe(0);
  });
});

describe("an ansat dismissed during sick leave", () => {
  const events = [
    sygemeldingReceived(),
    ev("AnsaettelseEnded", "2024-02-15", { akasseMedlem: false }),
    ev("RaskmeldingRegistered", "2024-03-01"),
  ];
  it("becomes ledig and gets kontanthjælp-level benefit after raskmelding", () => {
    const s = summarizeCase(events, { asOf: "2024-03-07" });
    expect(s?.ledig).toBe(true);
    expect(s?.weeksOnYdelse.dagpengeEllerKontanthjaelp).toBeCloseTo(1);
    expect(s?.phases.map((p) => p.phase)).toEqual(["arbejdsgiverperiode", "sygedagpenge", "ledig"]);
  });
});

describe("delvis raskmelding and jobafklaring", () => {
  it("reduces sygedagpenge pro rata for hours worked", () => {
    const full = summarizeCase([sygemeldingReceived()], { asOf: "2024-03-30" });
    const half = summarizeCase(
      [
        sygemeldingReceived(),
        ev("DelvisRaskmeldingRegistered", "2024-01-31", { workHoursPerWeek: 18.5 }),
      ],
      { asOf: "2024-03-30" },
    );
    expect((half?.cost.benefitDkk ?? 0) * 2).toBeCloseTo(full?.cost.benefitDkk ?? 0, 6);
  });
  it("counts ressourceforløbsydelse weeks from the jobafklaring start", () => {
    const events = [
      sygemeldingReceived(),
      ev("RevurderingCompleted", "2024-07-20", { outcome: "jobafklaring" }),
      ev("JobafklaringStarted", "2024-08-01"),
    ];
    expect(
      summarizeCase(events, { asOf: "2024-08-14" })?.weeksOnYdelse.ressourceforloebsydelse,
    ).toBeCloseTo(2);
  });
  it("returns undefined for a stream without a sygemelding", () => {
    expect(summarizeCase([ev("CvUpdated", "2024-01-01")])).toBeUndefined();
  });
  it("ignores events after asOf", () => {
    expect(summarizeCase(path, { asOf: "2024-03-05" })?.outcome).toBe("open");
  });
});
