import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Result } from "effect";
import { estimatedParameters, withParameter } from "@sagsflow/simulator/sensitivity";
import { describe, expect, it } from "vitest";
import { LIBRARY_DIR, loadScenario } from "./loadScenario.node.ts";
import { compileScenario } from "./compileScenario";
import { parseScenarioText } from "./parseScenarioText";
import { formatProblem } from "./scenarioInvalid";

const dir = mkdtempSync(join(tmpdir(), "sagsflow-schedule-"));
const baseline = join(LIBRARY_DIR, "baseline.yaml");
const variant = (name: string, body: string): string => {
  const file = join(dir, name);
  writeFileSync(
    file,
    `schemaVersion: 1\nid: ${name.replace(".yaml", "")}\nname: Plan\nextends: ${baseline}\n${body}`,
  );
  return file;
};
const problems = (file: string) => {
  const r = loadScenario(file);
  if (Result.isSuccess(r)) throw new Error("expected the scenario to be rejected");
  return r.failure.problems.map(formatProblem);
};

describe("schedules in scenario files", () => {
  it("puts the first value at the parameter and the later steps into schedules, dated", () => {
    const file = variant(
      "steps.yaml",
      [
        "staff:",
        "  sagsbehandler:",
        "    sicknessShare:",
        "      schedule:",
        '        - { from: "2016-01", value: { value: 0.2, source: "seed 003" } }',
        '        - { from: "2017-03", value: { value: 0.1, estimate: { low: 0.05, high: 0.15, note: "halfway" } } }',
        '        - { from: "2017-09-15", value: 0.04 }',
        "    meetingMinutes:",
        '      ramp: { from: 60, to: 45, start: "2017-03", end: "2017-12" }',
        "",
      ].join("\n"),
    );
    const r = loadScenario(file);
    if (Result.isFailure(r)) throw new Error(r.failure.message);
    const { params, provenance } = r.success;
    expect(params.staff.sagsbehandler.sicknessShare).toBe(0.2);
    expect(params.staff.sagsbehandler.meetingMinutes).toBe(60);
    expect(params.schedules).toEqual([
      {
        path: "staff.sagsbehandler.sicknessShare",
        steps: [
          { from: "2017-03-01", value: 0.1 },
          { from: "2017-09-15", value: 0.04 },
        ],
      },
      {
        path: "staff.sagsbehandler.meetingMinutes",
        ramp: { to: 45, start: "2017-03-01", end: "2017-12-01" },
      },
    ]);
    expect(provenance.get("staff.sagsbehandler.sicknessShare")).toMatchObject({ kind: "source" });
    expect(provenance.get("schedules.0.steps.0.value")).toMatchObject({ kind: "estimate" });
    // Sensitivity finds the later estimate and varies it inside the list.
    const estimated = estimatedParameters(provenance, params).map((e) => e.path);
    expect(estimated).toContain("schedules.0.steps.0.value");
    const varied = withParameter(params, "schedules.0.steps.0.value", 0.15);
    expect(Array.isArray(varied.schedules)).toBe(true);
    expect(varied.schedules?.[0]).toMatchObject({ steps: [{ value: 0.15 }, { value: 0.04 }] });
  });

  it("checks a later value as the field it stands for, at its line", () => {
    const file = variant(
      "share.yaml",
      'staff:\n  sagsbehandler:\n    sicknessShare:\n      schedule:\n        - { from: "2016-01", value: 0.2 }\n        - { from: "2017-01", value: 1.5 }\n',
    );
    const [p] = problems(file);
    expect(p).toContain("share.yaml:10:37:");
    expect(p).toContain("staff.sagsbehandler.sicknessShare.schedule.1.value = 1.5");
  });

  it("refuses a schedule on a parameter the model reads only once, naming what may vary", () => {
    const file = variant(
      "fixed.yaml",
      'revurdering:\n  extensionShare:\n    schedule:\n      - { from: "2016-01", value: 0.5 }\n',
    );
    const [p] = problems(file);
    expect(p).toContain("revurdering.extensionShare");
    expect(p).toContain("cannot change over time");
    expect(p).toContain("staff.sagsbehandler.fte");
  });

  it("refuses a month that is none and steps out of date order", () => {
    const bad = variant(
      "month.yaml",
      'arrivals:\n  perWeek:\n    schedule:\n      - { from: "2017-13", value: 30 }\n',
    );
    expect(problems(bad)[0]).toContain("arrivals.perWeek.schedule.0.from");
    const order = variant(
      "order.yaml",
      'arrivals:\n  perWeek:\n    schedule:\n      - { from: "2017-05", value: 30 }\n      - { from: "2017-02", value: 20 }\n',
    );
    expect(problems(order)[0]).toContain("steps must be in date order");
  });

  it("asks library files for the provenance of every later value", () => {
    const base = parseScenarioText("baseline.yaml", readFileSync(baseline, "utf8"), true);
    const lib = parseScenarioText(
      "lib.yaml",
      'arrivals:\n  perWeek:\n    schedule:\n      - { from: "2017-01", value: { value: 30, source: "x" } }\n      - { from: "2018-01", value: 35 }\n',
      true,
    );
    if (Result.isFailure(base) || Result.isFailure(lib)) throw new Error("parse failed");
    const r = compileScenario([base.success, lib.success]);
    if (Result.isSuccess(r)) throw new Error("expected a provenance problem");
    expect(formatProblem(r.failure.problems[0] as never)).toContain(
      "lib.yaml:5:35: arrivals.perWeek.schedule.1.value = 35: library parameter needs",
    );
  });
});
