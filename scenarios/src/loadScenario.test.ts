import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { LIBRARY_DIR, loadScenario } from "./loadScenario.node.ts";
import { formatProblem } from "./scenarioInvalid";

const dir = mkdtempSync(join(tmpdir(), "sagsflow-scenario-"));
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const baseline = join(LIBRARY_DIR, "baseline.yaml");
const firstProblem = (file: string) => {
  const r = loadScenario(file);
  if (Result.isSuccess(r)) throw new Error("expected the scenario to be rejected");
  return r.failure.problems[0];
};

describe("loading library scenarios", () => {
  it("compiles the baseline with provenance for every parameter", () => {
    const r = loadScenario(baseline);
    expect(Result.isSuccess(r)).toBe(true);
    if (Result.isSuccess(r)) {
      expect(r.success.params.regime).toBe("2020-2024");
      expect(r.success.provenance.get("revurdering.extensionShare")).toMatchObject({
        kind: "source",
      });
      expect(r.success.provenance.get("arrivals.perWeek")).toMatchObject({ kind: "estimate" });
    }
  });

  it("applies a variant overlay on its baseline", () => {
    const r = loadScenario(join(LIBRARY_DIR, "vs-foer-raskmelding.yaml"));
    expect(Result.isSuccess(r) && r.success.params.levers.vsWeeksBeforeRaskmelding).toBe(8);
    // Inherited, whatever the baseline sets (the model's calibration moves it).
    const base = loadScenario(baseline);
    const basePerWeek = Result.isSuccess(base) ? base.success.params.arrivals.perWeek : undefined;
    expect(Result.isSuccess(r) && r.success.params.arrivals.perWeek).toBe(basePerWeek);
    expect(Result.isSuccess(r) && r.success.meta.family).toBe("basis");
  });
});

describe("rejecting malformed scenarios", () => {
  it("names file, line, field and value for a wrong type", () => {
    const file = write(
      "bad-type.yaml",
      `schemaVersion: 1\nid: bad\nname: Bad\nextends: ${baseline}\nlevers:\n  earlyCvWeek: otte\n`,
    );
    const p = firstProblem(file);
    expect(p).toMatchObject({ file, line: 6, field: "levers.earlyCvWeek", value: '"otte"' });
    expect(formatProblem(p as NonNullable<typeof p>)).toContain(
      "bad-type.yaml:6:16: levers.earlyCvWeek",
    );
  });

  it("rejects a misspelt lever instead of silently ignoring it", () => {
    const file = write(
      "typo.yaml",
      `schemaVersion: 1\nid: typo\nname: Typo\nextends: ${baseline}\nlevers:\n  earlyCVWeek: 8\n`,
    );
    expect(firstProblem(file)).toMatchObject({ line: 6, field: "levers.earlyCVWeek" });
  });

  it("rejects shares that do not sum to one", () => {
    const text = `schemaVersion: 1\nid: s\nname: S\nextends: ${baseline}\npopulation:\n  beskaeftigelsesstatus: { ansat: 0.9, ledig-forsikret: 0.3, ledig-uforsikret: 0, selvstaendig: 0 }\n`;
    expect(firstProblem(write("shares.yaml", text))).toMatchObject({
      field: "population.beskaeftigelsesstatus",
      line: 6,
    });
  });

  it("reports YAML syntax errors with their line", () => {
    const p = firstProblem(write("syntax.yaml", "schemaVersion: 1\nid: x\nlevers: [\n"));
    expect(p?.line).toBeGreaterThanOrEqual(3);
  });

  it("detects an extends cycle", () => {
    write("a.yaml", "schemaVersion: 1\nid: a\nname: A\nextends: b.yaml\n");
    write("b.yaml", "schemaVersion: 1\nid: b\nname: B\nextends: a.yaml\n");
    expect(firstProblem(join(dir, "a.yaml"))).toMatchObject({
      field: "extends",
      message: "extends forms a cycle",
    });
  });

  it("rejects a missing extends target by name", () => {
    const p = firstProblem(
      write("orphan.yaml", "schemaVersion: 1\nid: o\nname: O\nextends: nowhere.yaml\n"),
    );
    expect(p?.message).toBe("scenario file not found");
    expect(p?.value).toContain("nowhere.yaml");
    expect(p).toMatchObject({ field: "extends", line: 4 });
  });

  it("allows bare values in user overlays", () => {
    const r = loadScenario(
      write(
        "user.yaml",
        `schemaVersion: 1\nid: u\nname: U\nextends: ${baseline}\nlevers:\n  earlyCvWeek: 6\n`,
      ),
    );
    expect(Result.isSuccess(r) && r.success.params.levers.earlyCvWeek).toBe(6);
  });
});
