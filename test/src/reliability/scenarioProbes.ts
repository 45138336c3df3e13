/**
 * Probes of the scenario edge: generated malformed files through the CLI (exit 2, one line naming file:line, field
 * and value), `extends` targets that are not regular files, and prototype keys in files and in overrides.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkOverrides, nestOverrides } from "@sagsflow/scenarios";
import { LIBRARY_DIR, loadScenario } from "@sagsflow/scenarios/node";
import { Result } from "effect";
import fc from "fast-check";
import { makeFuzzFolder, malformedScenario } from "../../../api/src/testing/malformedScenarios";
import { runCliInProcess } from "../../../api/src/testing/runCliInProcess";
import { expectThat, type ProbeCase, runProbe } from "./probe";

const LINE = /^fejl: \/\S+\.yaml:\d+:\d+: \S+ = .+: .+$/;

export const malformedFilesProbe = async (count = 500) => {
  const dir = makeFuzzFolder();
  const samples = fc.sample(malformedScenario(dir), { seed: 18, numRuns: count });
  const cases = samples.map(
    ([kind, text], i): ProbeCase => ({
      name: `${kind} #${i}`,
      run: async () => {
        const file = join(dir, `p${i}.yaml`);
        writeFileSync(file, text);
        const r = await runCliInProcess(["run", file, "--replications", "1", "--cases", "1"], {});
        const lines = r.stderr.trimEnd().split("\n");
        return expectThat(
          r.code === 2 && lines.length === 1 && LINE.test(lines[0] ?? "") && r.stdout === "",
          `exit ${r.code}: ${r.stderr.slice(0, 160)}`,
        );
      },
    }),
  );
  const kinds = new Set(samples.map(([k]) => k));
  return runProbe("Malformed scenario files through the CLI", cases, () => [
    `${kinds.size} kinds of malformation, fast-check seed 18`,
  ]);
};

export const prototypeProbe = () => {
  const clean = () => ({}) as Record<string, unknown>;
  const untouched = () =>
    expectThat(clean().polluted === undefined, "Object.prototype was written");
  const baseline = JSON.stringify(join(LIBRARY_DIR, "baseline.yaml"));
  const dir = makeFuzzFolder();
  const fileCase = (name: string, body: string): ProbeCase => ({
    name,
    run: async () => {
      const file = join(dir, `${name.replace(/\W+/g, "-")}.yaml`);
      writeFileSync(file, `schemaVersion: 1\nid: p\nname: P\nextends: ${baseline}\n${body}`);
      const r = loadScenario(file);
      return Result.isSuccess(r) ? "accepted" : untouched();
    },
  });
  const overrideCase = (path: string): ProbeCase => ({
    name: `override ${path}`,
    run: async () => {
      const refused = checkOverrides({ [path]: 1 }) !== undefined;
      nestOverrides({ [path]: { polluted: true } });
      return expectThat(refused, "not refused") ?? untouched();
    },
  });
  return runProbe("Prototype keys in scenario files and overrides", [
    fileCase("__proto__ at the top", "__proto__: { polluted: true }\n"),
    fileCase("__proto__ in levers", "levers:\n  __proto__: { polluted: true }\n"),
    fileCase("constructor.prototype", "constructor:\n  prototype: { polluted: true }\n"),
    fileCase("prototype in a list", "a: [ { prototype: { polluted: true } } ]\n"),
    fileCase("quoted __proto__", '"__proto__": { polluted: true }\n'),
    overrideCase("__proto__.polluted"),
    overrideCase("levers.__proto__.polluted"),
    overrideCase("constructor.prototype.polluted"),
    overrideCase("prototype"),
  ]);
};
