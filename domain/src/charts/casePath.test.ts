import type { CaseEvent } from "../events/caseEvents";
import { describe, expect, it } from "vitest";
import { casePath, pathLinks } from "./casePath";

const ev = (tag: string, extra: Record<string, unknown> = {}) =>
  ({ _tag: tag, caseId: "1", date: "2025-01-01", ...extra }) as unknown as CaseEvent;

describe("casePath", () => {
  it("follows an employed citizen straight back to work", () => {
    const path = casePath([
      ev("SygemeldingReceived", { employment: "ansat" }),
      ev("RaskmeldingRegistered"),
      ev("CaseClosed", { reason: "raskmeldt" }),
    ]);
    expect(path).toEqual(["Sygemelding", "Raskmelding", "Raskmeldt i arbejde"]);
  });
  it("follows a ledig citizen through jobafklaring and virksomhedsservice to a job", () => {
    const path = casePath([
      ev("SygemeldingReceived", { employment: "ledig-forsikret" }),
      ev("RevurderingCompleted"),
      ev("JobafklaringStarted"),
      ev("RaskmeldingRegistered"),
      ev("VirksomhedsserviceContactMade"),
      ev("JobStarted"),
    ]);
    expect(path).toEqual(["Sygemelding", "Jobafklaring", "Ledig", "Virksomhedsservice", "Job"]);
  });
  it("marks a case still running as open, and a dismissal as ledig", () => {
    expect(
      casePath([ev("SygemeldingReceived", { employment: "ansat" }), ev("AnsaettelseEnded")]),
    ).toEqual(["Sygemelding", "Ledig", "Åben"]);
  });
});

describe("pathLinks", () => {
  it("counts each consecutive pair once per case", () => {
    const links = pathLinks([
      ["Sygemelding", "Raskmelding", "Job"],
      ["Sygemelding", "Raskmelding", "Åben"],
    ]);
    expect(links).toContainEqual({ source: "Sygemelding", target: "Raskmelding", value: 2 });
    expect(links).toContainEqual({ source: "Raskmelding", target: "Job", value: 1 });
  });
});
