import { describe, expect, it } from "vitest";
import { cmd, d, ev, sygemeldingReceived } from "../testing/fixtures";
import { givenFor } from "../testing/given";
import { caseDecider } from "./caseDecider";

const given = givenFor(caseDecider);
const syg = sygemeldingReceived();

describe("before the sygemelding", () => {
  it("records the sygemelding", () => {
    const c = cmd("ReceiveSygemelding", "2024-01-10", {
      firstAbsenceDay: d("2024-01-01"),
      employment: "ansat",
      ageBand: "40-49",
      diagnosisGroup: "bevaegeapparat",
      sector: "sundhed",
    });
    given([]).when(c).then([syg]);
  });
  it("rejects a raskmelding", () => {
    given([]).when(cmd("RegisterRaskmelding", "2024-01-20")).thenFails("SygemeldingMissing");
  });
  it("rejects a sygemelding received before the first absence day", () => {
    const c = cmd("ReceiveSygemelding", "2023-12-31", {
      firstAbsenceDay: d("2024-01-01"),
      employment: "ansat",
      ageBand: "40-49",
      diagnosisGroup: "psykisk",
      sector: "it",
    });
    given([]).when(c).thenFails("DateOutOfOrder");
  });
});

describe("when sygemeldt", () => {
  it("records raskmelding", () => {
    given([syg])
      .when(cmd("RegisterRaskmelding", "2024-02-01"))
      .then([ev("RaskmeldingRegistered", "2024-02-01")]);
  });
  it("rejects a command dated before the latest event", () => {
    const e = given([syg])
      .when(cmd("RegisterRaskmelding", "2024-01-05"))
      .thenFails("DateOutOfOrder");
    expect(e.value).toBe("2024-01-05");
  });
  it("rejects a second sygemelding", () => {
    given([syg])
      .when({ ...syg, _tag: "ReceiveSygemelding" })
      .thenFails("SygemeldingAlreadyReceived");
  });
  it("rejects virksomhedsservice handoff for an ansat", () => {
    given([syg])
      .when(cmd("RequestVirksomhedsserviceHandoff", "2024-02-01"))
      .thenFails("CitizenNotLedig");
  });
  it("rejects jobafklaring without a revurdering", () => {
    given([syg]).when(cmd("StartJobafklaring", "2024-07-01")).thenFails("JobafklaringNotAllowed");
  });
  it("rejects an extension without a §27 ground", () => {
    given([syg])
      .when(cmd("CompleteRevurdering", "2024-07-01", { outcome: "forlaengelse" }))
      .thenFails("RevurderingGroundMissing");
  });
  it("rejects contact before a virksomhedsservice handoff", () => {
    const ledig = sygemeldingReceived({ employment: "ledig-forsikret" });
    given([ledig])
      .when(cmd("MakeVirksomhedsserviceContact", "2024-02-01"))
      .thenFails("VirksomhedsserviceHandoffMissing");
  });
});

describe("kategori by regime", () => {
  it("accepts kategori 3 for a first absence day in 2024", () => {
    const c = cmd("CompleteVisitation", "2024-02-01", { kategori: 3 });
    given([syg])
      .when(c)
      .then([ev("VisitationCompleted", "2024-02-01", { kategori: 3 })]);
  });
  it("rejects kategori 3 for a first absence day on 2025-01-01 (KategoriNotInRegime)", () => {
    const syg2025 = sygemeldingReceived({
      firstAbsenceDay: d("2025-01-01"),
      date: d("2025-01-02"),
    });
    const e = given([syg2025])
      .when(cmd("CompleteVisitation", "2025-02-01", { kategori: 3 }))
      .thenFails("KategoriNotInRegime");
    expect(e).toMatchObject({ caseId: "c1", value: "3" });
    expect(e.rule).toContain("2025+");
  });
  it("accepts kategori 3 on 2024-12-31 and uses an explicit regime over the date", () => {
    const late2024 = sygemeldingReceived({
      firstAbsenceDay: d("2024-12-31"),
      date: d("2025-01-02"),
    });
    given([late2024])
      .when(cmd("CompleteVisitation", "2025-02-01", { kategori: 3 }))
      .then([ev("VisitationCompleted", "2025-02-01", { kategori: 3 })]);
    const forced = sygemeldingReceived({
      firstAbsenceDay: d("2024-12-31"),
      date: d("2025-01-02"),
      regime: "2025+",
    });
    given([forced])
      .when(cmd("CompleteVisitation", "2025-02-01", { kategori: 3 }))
      .thenFails("KategoriNotInRegime");
  });
});

describe("§13f forudsigeligt forløb (one samtale) only where and when the law has it", () => {
  const syg2025 = (employment: "ansat" | "selvstaendig" | "ledig-forsikret") =>
    sygemeldingReceived({ firstAbsenceDay: d("2025-03-03"), date: d("2025-03-10"), employment });
  const visitation = (date: string) =>
    cmd("CompleteVisitation", date, { kategori: 2, forudsigeligtForloeb: true });
  it("accepts the flag for an employed citizen under the 2025+ rules", () => {
    given([syg2025("ansat")])
      .when(visitation("2025-03-20"))
      .then([ev("VisitationCompleted", "2025-03-20", { kategori: 2, forudsigeligtForloeb: true })]);
  });
  it("refuses it before 2025 (RuleNotInRegime): the 2020-24 rules have no §13f", () => {
    const e = given([syg]).when(visitation("2024-02-01")).thenFails("RuleNotInRegime");
    expect(e.rule).toContain("2020-2024");
  });
  it("refuses it for a selvstændig or a ledig even under the 2025+ rules (CitizenNotAnsat)", () => {
    given([syg2025("selvstaendig")])
      .when(visitation("2025-03-20"))
      .thenFails("CitizenNotAnsat");
    given([syg2025("ledig-forsikret")])
      .when(visitation("2025-03-20"))
      .thenFails("CitizenNotAnsat");
  });
});

describe("fast-track", () => {
  it("accepts a request on day 35 (end of week 5)", () => {
    given([syg])
      .when(cmd("RequestFastTrack", "2024-02-04", { requestedBy: "borger" }))
      .then([ev("FastTrackRequested", "2024-02-04", { requestedBy: "borger" })]);
  });
  it("rejects a request on day 36", () => {
    given([syg])
      .when(cmd("RequestFastTrack", "2024-02-05", { requestedBy: "borger" }))
      .thenFails("FastTrackRequestTooLate");
  });
  it("rejects a second request", () => {
    const first = ev("FastTrackRequested", "2024-01-20", { requestedBy: "arbejdsgiver" });
    given([syg, first])
      .when(cmd("RequestFastTrack", "2024-01-21", { requestedBy: "borger" }))
      .thenFails("FastTrackAlreadyRequested");
  });
  it("does not exist before 2015", () => {
    const old = sygemeldingReceived({ firstAbsenceDay: d("2013-03-01"), date: d("2013-03-02") });
    given([old])
      .when(cmd("RequestFastTrack", "2013-03-05", { requestedBy: "borger" }))
      .thenFails("RuleNotInRegime");
  });
});
