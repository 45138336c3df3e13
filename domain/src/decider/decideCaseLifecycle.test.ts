import { describe, it } from "vitest";
import { cmd, ev, sygemeldingReceived } from "../testing/fixtures";
import { givenFor } from "../testing/given";
import { caseDecider } from "./caseDecider";

const given = givenFor(caseDecider);
const syg = sygemeldingReceived();

describe("when an ansat is dismissed during sick leave", () => {
  const dismissed = [syg, ev("AnsaettelseEnded", "2024-03-01", { akasseMedlem: true })];
  it("records the end of the ansættelse", () => {
    given([syg])
      .when(cmd("EndAnsaettelse", "2024-03-01", { akasseMedlem: true }))
      .then([dismissed[1] as never]);
  });
  it("becomes ledig: virksomhedsservice handoff is allowed", () => {
    given(dismissed)
      .when(cmd("RequestVirksomhedsserviceHandoff", "2024-03-05"))
      .then([ev("VirksomhedsserviceHandoffRequested", "2024-03-05")]);
  });
  it("cannot be dismissed twice", () => {
    given(dismissed)
      .when(cmd("EndAnsaettelse", "2024-03-02", { akasseMedlem: true }))
      .thenFails("CitizenNotAnsat");
  });
});

describe("when raskmeldt", () => {
  const ledig = sygemeldingReceived({ employment: "ledig-forsikret" });
  const rask = [ledig, ev("RaskmeldingRegistered", "2024-03-01")];
  it("rejects a second raskmelding", () => {
    given(rask)
      .when(cmd("RegisterRaskmelding", "2024-03-02"))
      .thenFails("RaskmeldingAlreadyRegistered");
  });
  it("rejects an opfølgningssamtale", () => {
    given(rask)
      .when(cmd("HoldOpfoelgningssamtale", "2024-03-02"))
      .thenFails("RaskmeldingAlreadyRegistered");
  });
  it("records a job start for the ledig", () => {
    given(rask)
      .when(cmd("StartJob", "2024-04-01"))
      .then([ev("JobStarted", "2024-04-01")]);
  });
});

describe("when jobafklaring is started", () => {
  const jaf = [
    syg,
    ev("RevurderingCompleted", "2024-07-20", { outcome: "jobafklaring" }),
    ev("JobafklaringStarted", "2024-08-01"),
  ];
  it("accepts jobafklaring after a revurdering that found no §27 ground", () => {
    given(jaf.slice(0, 2))
      .when(cmd("StartJobafklaring", "2024-08-01"))
      .then([ev("JobafklaringStarted", "2024-08-01")]);
  });
  it("records a rehabiliteringsteam meeting", () => {
    given(jaf)
      .when(cmd("HoldRehabiliteringsteamMoede", "2024-08-20"))
      .then([ev("RehabiliteringsteamMoedeHeld", "2024-08-20")]);
  });
  it("rejects a new revurdering", () => {
    given(jaf)
      .when(cmd("CompleteRevurdering", "2024-09-01", { outcome: "jobafklaring" }))
      .thenFails("JobafklaringAlreadyStarted");
  });
});

describe("when the case is closed", () => {
  const closed = [syg, ev("CaseClosed", "2024-02-01", { reason: "raskmeldt" })];
  it("rejects everything", () => {
    given(closed).when(cmd("HoldSamarbejdsmoede", "2024-02-02")).thenFails("CaseAlreadyClosed");
  });
});

describe("praktik", () => {
  it("cannot end before it starts", () => {
    given([syg]).when(cmd("EndPraktik", "2024-02-02")).thenFails("PraktikNotStarted");
  });
  it("runs one at a time", () => {
    const started = ev("PraktikStarted", "2024-02-01", { kind: "arbejdsproevning" });
    given([syg, started])
      .when(cmd("StartPraktik", "2024-02-02", { kind: "virksomhedspraktik" }))
      .thenFails("PraktikAlreadyStarted");
  });
});
