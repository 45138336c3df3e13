/**
 * Fuzz test of the scenario edge (issue 18 item 2): 500 generated malformed scenario files, each run through the CLI
 * in process. Every one must exit 2 with one stderr line naming file:line:column, field and value; never exit 1,
 * never hang (a per-file time limit), never print a stack trace or anything on stdout.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeFuzzFolder, malformedScenario } from "../testing/malformedScenarios";
import { runCliInProcess } from "../testing/runCliInProcess";

const dir = makeFuzzFolder();
const malformed = malformedScenario(dir);

const TIME_LIMIT_MS = 20_000;
const withinLimit = <T>(p: Promise<T>, what: string): Promise<T> =>
  Promise.race([
    p,
    new Promise<T>((_, reject) => {
      const t = setTimeout(
        () => reject(new Error(`no answer within ${TIME_LIMIT_MS} ms: ${what}`)),
        TIME_LIMIT_MS,
      );
      t.unref();
    }),
  ]);

describe("malformed scenario files (fast-check, seed 18, 500 files)", () => {
  it("exit 2 with one line naming file:line, field and value; never 1, never a hang or stack trace", async () => {
    let n = 0;
    const classes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(malformed, async ([kind, text]) => {
        const file = join(dir, `f${n++}.yaml`);
        writeFileSync(file, text);
        const run = await withinLimit(
          runCliInProcess(["run", file, "--replications", "1", "--cases", "1"], {}),
          `${kind} ${file}`,
        );
        classes.set(kind, (classes.get(kind) ?? 0) + 1);
        const lines = run.stderr.trimEnd().split("\n");
        const context = `${kind}: ${JSON.stringify(text.slice(0, 300))} -> ${run.code} ${run.stderr}`;
        expect(run.code, context).toBe(2);
        expect(lines, context).toHaveLength(1);
        expect(lines[0], context).toMatch(/^fejl: \/\S+\.yaml:\d+:\d+: \S+ = .+: .+/);
        expect(run.stderr, context).not.toMatch(/\n\s+at |intern fejl/);
        expect(run.stdout, context).toBe("");
      }),
      { seed: 18, numRuns: 500, endOnFailure: true },
    );
    expect(classes.size).toBeGreaterThanOrEqual(15);
  }, 120_000);
});
