import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { LIBRARY_DIR, loadScenario } from "./loadScenario.node.ts";

const dir = mkdtempSync(join(tmpdir(), "sagsflow-refusals-"));
const baseline = join(LIBRARY_DIR, "baseline.yaml");
const elsewhere = join(mkdtempSync(join(tmpdir(), "sagsflow-elsewhere-")), "other.yaml");
writeFileSync(elsewhere, "schemaVersion: 1\nid: o\nname: O\n");
let n = 0;
const variant = (body: string, extendsTo: string = baseline): string => {
  const file = join(dir, `v${n++}.yaml`);
  writeFileSync(
    file,
    `schemaVersion: 1\nid: v\nname: V\nextends: ${JSON.stringify(extendsTo)}\n${body}`,
  );
  return file;
};
const firstProblem = (file: string) => {
  const r = loadScenario(file);
  if (Result.isSuccess(r)) throw new Error(`accepted ${file}`);
  return r.failure.problems[0];
};

describe("estimates are checked against their value's kind", () => {
  it.each([
    [
      "a text low",
      `{ value: 30, estimate: { low: "tyve", high: 40, note: n } }`,
      "estimate.low",
      '"tyve"',
    ],
    [
      "a null high",
      "{ value: 30, estimate: { low: 20, high: null, note: n } }",
      "estimate.high",
      "null",
    ],
    [
      "an unknown key",
      "{ value: 30, estimate: { low: 20, high: 40, note: n, mode: 30 } }",
      "estimate.mode",
      "30",
    ],
    [
      "low above high",
      "{ value: 30, estimate: { low: 40, high: 20, note: n } }",
      "estimate",
      '{"low":40,"high":20}',
    ],
    ["a value outside", "{ value: 50, estimate: { low: 20, high: 40, note: n } }", "", "50"],
    [
      "an empty note",
      `{ value: 30, estimate: { low: 20, high: 40, note: "" } }`,
      "estimate.note",
      '""',
    ],
  ])("refuses %s", (_, node, field, value) => {
    const p = firstProblem(variant(`arrivals:\n  perWeek: ${node}\n`));
    expect(p).toMatchObject({
      field: `arrivals.perWeek${field === "" ? "" : `.${field}`}`,
      value,
      line: 6,
    });
  });

  it("refuses a date estimate whose bounds are not dates", () => {
    const node = `{ value: "2022-01-03", estimate: { low: 1, high: 2, note: n } }`;
    expect(firstProblem(variant(`horizon:\n  start: ${node}\n`))).toMatchObject({
      field: "horizon.start.estimate.low",
    });
  });
});

describe("calendar dates", () => {
  it("refuses a day that does not exist instead of rolling it over", () => {
    const p = firstProblem(variant("horizon:\n  start: 2022-02-30\n"));
    expect(p).toMatchObject({ field: "horizon.start", value: '"2022-02-30"', line: 6 });
  });
});

describe("extends names regular files inside the allowed folders", () => {
  it.each([
    ["a folder", () => dir, "folder"],
    ["an empty name", () => "", "must name a scenario file"],
    ["a file outside the library and the scenario's folder", () => elsewhere, "may only name"],
  ])("refuses %s", (_, target, message) => {
    const p = firstProblem(variant("", target()));
    expect(p).toMatchObject({ field: "extends", line: 4 });
    expect(p?.message).toContain(message);
  });

  it("refuses a named pipe without reading it (reading would block)", () => {
    const fifo = join(dir, "pipe.yaml");
    execFileSync("mkfifo", [fifo]);
    expect(firstProblem(variant("", fifo))?.message).toContain("not a regular file");
  });

  it("follows extends into a sub-folder of the scenario's folder", () => {
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(
      join(dir, "sub", "base.yaml"),
      `schemaVersion: 1\nid: b\nname: B\nextends: ${baseline}\n`,
    );
    expect(Result.isSuccess(loadScenario(variant("", "sub/base.yaml")))).toBe(true);
  });
});
