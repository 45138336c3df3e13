// The own-export check: sagsflow's writers are recognised, other systems' files (the fixtures) are not.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type HistoryCase, writeIntervalCsv, writeOcel, writeXes } from "../interop";
import { isSagsflowExport } from "./isSagsflowExport";
import { REPO_ROOT } from "../testing/spawnCli";

const CASES: ReadonlyArray<HistoryCase> = [
  {
    caseId: "S-1",
    attributes: {},
    events: [{ event: { _tag: "SygemeldingReceived", caseId: "S-1", date: "2024-01-08" } }],
  },
];
const fixture = (name: string) =>
  readFileSync(`${REPO_ROOT}test/fixtures/import/${name}`).toString("utf8");

describe("isSagsflowExport", () => {
  it("recognises the interval CSV, XES and OCEL that sagsflow writes", () => {
    expect(isSagsflowExport("csv", writeIntervalCsv(CASES))).toBe(true);
    expect(isSagsflowExport("xes", [...writeXes(CASES)].join(""))).toBe(true);
    expect(isSagsflowExport("ocel", writeOcel(CASES))).toBe(true);
  });
  it("accepts a byte-order mark before the CSV header", () => {
    expect(isSagsflowExport("csv", `\uFEFF${writeIntervalCsv(CASES)}`)).toBe(true);
  });
  it("refuses files with their own activity names", () => {
    expect(isSagsflowExport("csv", fixture("jobcenter-forloeb-utf8bom.csv"))).toBe(false);
    expect(isSagsflowExport("xes", fixture("sagsforloeb.xes"))).toBe(false);
    expect(isSagsflowExport("ocel", fixture("sagsforloeb.jsonocel"))).toBe(false);
  });
});
