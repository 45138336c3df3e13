/**
 * Generated malformed scenario files (issue 18 item 2), each wrong by construction, with a kind for summaries: bad
 * estimates, dates, reserved keys, tags, aliases, extends targets, nesting, duplicate keys, wrong types, unknown
 * levers, syntax errors, negative values. Shared by the CLI fuzz test and the reliability probe (test/scripts).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LIBRARY_DIR } from "@sagsflow/scenarios/node";
import fc from "fast-check";

/** A folder with the targets `extends` probes need: a folder, a named pipe, a file outside the allowed roots. */
export const makeFuzzFolder = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "sagsflow-fuzz-"));
  mkdirSync(join(dir, "folder"));
  execFileSync("mkfifo", [join(dir, "pipe.yaml")]);
  return dir;
};

const baseline = JSON.stringify(join(LIBRARY_DIR, "baseline.yaml"));
const head = (extendsTo = baseline) =>
  `schemaVersion: 1\nid: fuzz\nname: Fuzz\nextends: ${extendsTo}\n`;

const junk = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.constantFrom("null", "true", "[]", "{}", "[1, 2]", "ja", '""', "1e400"),
);
const badDate = fc.oneof(
  fc.constantFrom(
    "2022-02-30",
    "2022-02-29",
    "2021-04-31",
    "2022-13-01",
    "2022-00-10",
    "22-01-01",
    "2022-1-3",
  ),
  fc
    .tuple(fc.integer({ min: 2000, max: 2030 }), fc.constantFrom(2, 4, 6, 9, 11))
    .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}-31`),
);
const lever = fc.constantFrom(
  "earlyCvWeek",
  "earlyJobmaalWeek",
  "vsWeeksBeforeRaskmelding",
  "samarbejdsmoederPerYear",
);
const reserved = fc.constantFrom("__proto__", "constructor", "prototype");
const tag = fc.constantFrom(
  "!!set",
  "!!binary",
  "!!omap",
  "!!pairs",
  "!!timestamp",
  "!foo",
  "!<tag:x>",
);
const nest = (open: string, close: string) =>
  fc.integer({ min: 33, max: 4000 }).map((n) => `${open.repeat(n)}1${close.repeat(n)}`);

export type MalformedScenario = readonly [kind: string, text: string];
type Case = MalformedScenario;

/** Each generator yields a file body that is wrong by construction, and a tag for the failure summary. */
/** Malformed files for the folder `dir` made by makeFuzzFolder. */
export const malformedScenario = (dir: string): fc.Arbitrary<Case> => {
  const outside = join(mkdtempSync(join(tmpdir(), "sagsflow-outside-")), "other.yaml");
  writeFileSync(outside, "schemaVersion: 1\nid: o\nname: O\n");
  return fc.oneof(
    fc.tuple(junk, fc.constantFrom("low", "high")).map(([v, k]): Case => {
      const bounds = k === "low" ? `low: ${v}, high: 40` : `low: 20, high: ${v}`;
      const node = `{ value: 30, estimate: { ${bounds}, note: n } }`;
      return ["estimate bound", `${head()}arrivals:\n  perWeek: ${node}\n`];
    }),
    fc
      .stringMatching(/^[a-z]{1,8}$/)
      .filter((k) => !["low", "high", "note"].includes(k))
      .map(
        (k): Case => [
          "estimate key",
          `${head()}arrivals:\n  perWeek: { value: 30, estimate: { low: 20, high: 40, note: n, ${k}: 1 } }\n`,
        ],
      ),
    badDate.map((d): Case => ["date", `${head()}horizon:\n  start: "${d}"\n`]),
    fc
      .tuple(reserved, fc.boolean())
      .map(
        ([k, nested]): Case => [
          "reserved key",
          `${head()}${nested ? `levers:\n  ${k}:` : `${k}:`} { polluted: 1 }\n`,
        ],
      ),
    fc.tuple(tag, lever).map(([t, l]): Case => ["tag", `${head()}levers:\n  ${l}: ${t} 3\n`]),
    fc.constantFrom<Case>(
      ["undefined alias", `${head()}levers:\n  earlyCvWeek: *nowhere\n`],
      ["self alias", `${head()}levers: &l\n  earlyCvWeek: [*l]\n`],
      [
        "alias bomb",
        `${head()}a: &a [1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n`,
      ],
      ["extends folder", head(JSON.stringify(join(dir, "folder")))],
      ["extends empty", head('""')],
      ["extends fifo", head(JSON.stringify(join(dir, "pipe.yaml")))],
      ["extends outside", head(JSON.stringify(outside))],
      ["extends missing", head('"nowhere.yaml"')],
      ["extends list", head("[a, b]")],
    ),
    fc
      .oneof(nest("[", "]"), nest("{a: ", "}"))
      .map((n): Case => ["flow nesting", `${head()}deep: ${n}\n`]),
    fc.integer({ min: 33, max: 200 }).map((n): Case => {
      let body = "";
      for (let i = 0; i < n; i++) body += `${" ".repeat(i)}k${i}:\n`;
      return ["block nesting", `${head()}${body}${" ".repeat(n)}x: 1\n`];
    }),
    lever.map((l): Case => ["duplicate key", `${head()}levers:\n  ${l}: 4\n  ${l}: 5\n`]),
    fc
      .tuple(lever, junk)
      .filter(([, v]) => v !== "null")
      .map(([l, v]): Case => ["wrong type", `${head()}levers:\n  ${l}: ${v}\n`]),
    fc
      .stringMatching(/^[a-zA-Z]{1,10}$/)
      .map((k): Case => ["unknown lever", `${head()}levers:\n  zz${k}: 1\n`]),
    fc.tuple(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 4 })).map(([g, at]): Case => {
      const lines = head().split("\n");
      // A comment sign would turn the unclosed list into a comment; everything else stays a syntax error.
      lines.splice(at, 0, `${g.replace(/[\n\r#]/g, " ")}: [`);
      return ["syntax", `${lines.join("\n")}\n`];
    }),
    fc
      .integer({ min: -1000, max: -1 })
      .map((n): Case => ["negative", `${head()}arrivals:\n  perWeek: ${n}\n`]),
  );
};
