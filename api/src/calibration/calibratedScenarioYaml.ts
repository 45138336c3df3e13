/**
 * Writes a calibrated scenario: the base scenario file with every fitted parameter replaced by
 * `{value, source: "calibrated <period>"}` and the horizon set to the calibration period. Rettidighed never appears:
 * it is not a parameter.
 */
import type { FittedValue } from "@sagsflow/simulator/calibration";
import type { ModelParams } from "@sagsflow/simulator/model";
import { parse, stringify } from "yaml";

const setIn = (
  node: Record<string, unknown>,
  path: ReadonlyArray<string>,
  value: unknown,
): void => {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    node[head] = value;
    return;
  }
  const next = node[head];
  const child =
    typeof next === "object" && next !== null && !("value" in next)
      ? (next as Record<string, unknown>)
      : {};
  node[head] = child;
  setIn(child, rest, value);
};

export const calibratedScenarioYaml = (input: {
  readonly baseText: string;
  readonly params: ModelParams;
  readonly fitted: ReadonlyArray<FittedValue>;
  readonly period: string;
}): string => {
  const doc = parse(input.baseText) as Record<string, unknown>;
  delete doc.extends;
  doc.id = "calibrated";
  doc.name = `Kalibreret ${input.period}`;
  doc.family = "kalibrering";
  doc.question = `Genskaber modellen historikken ${input.period}?`;
  const source = `calibrated ${input.period}`;
  for (const f of input.fitted) setIn(doc, f.path, { value: f.value, source });
  const h = input.params.horizon;
  const period = `calibration period ${input.period}`;
  setIn(doc, ["horizon", "start"], { value: h.start, source: period });
  setIn(doc, ["horizon", "weeks"], { value: h.weeks, source: period });
  setIn(doc, ["horizon", "maxCases"], { value: null, source: period });
  const header = `# Calibrated from stored history ${input.period} by \`sagsflow calibrate\`; every fitted value says "${source}".\n`;
  return header + stringify(doc, { lineWidth: 0 });
};
