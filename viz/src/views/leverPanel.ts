/** The levers panel: a slider (with its unit and range) or a toggle per lever; values come from the scenario. */
import type { ModelParams } from "@sagsflow/simulator/model";
import { formatNumber } from "../lib/formatDa";
import type { LeverOverrides } from "../workshop/leverSettings";
import {
  type LeverSpec,
  type LeverValue,
  leverRange,
  leverSpecs,
  readPath,
} from "../workshop/leverSpecs";
import { el } from "./chartFrame";

export interface LeverPanelInput {
  readonly params: ModelParams;
  readonly estimates: Readonly<Record<string, { low: unknown; high: unknown }>>;
  readonly overrides: LeverOverrides;
  readonly onChange: (path: string, value: LeverValue) => void;
}

const leverValue = (p: LeverPanelInput, path: string): LeverValue =>
  path in p.overrides
    ? (p.overrides[path] as LeverValue)
    : (readPath(p.params, path) as LeverValue);

/** Whole numbers for week and count levers, one decimal for half FTEs. */
const fmtLever = (spec: LeverSpec, v: number): string => formatNumber(v, spec.step < 1 ? 1 : 0);

const shown = (spec: LeverSpec, v: LeverValue): string =>
  v === null ? "fra" : typeof v === "number" ? `${fmtLever(spec, v)} ${spec.unit}` : v;

const slider = (row: HTMLElement, spec: LeverSpec, p: LeverPanelInput, v: LeverValue) => {
  const range = leverRange(spec, v, p.estimates[spec.path]);
  const input = Object.assign(document.createElement("input"), {
    type: "range",
    min: String(range.min),
    max: String(range.max),
    step: String(spec.step),
    value: String(v ?? range.min),
    disabled: v === null,
  });
  input.dataset.lever = spec.path;
  input.setAttribute("aria-valuetext", shown(spec, v));
  input.setAttribute(
    "aria-label",
    `${spec.label} (${fmtLever(spec, range.min)}–${fmtLever(spec, range.max)} ${spec.unit})`,
  );
  const out = el(row, "output", shown(spec, v));
  row.append(input);
  el(
    row,
    "span",
    `${fmtLever(spec, range.min)}–${fmtLever(spec, range.max)} ${spec.unit}`,
    "muted range",
  );
  input.addEventListener("input", () => {
    out.textContent = shown(spec, Number(input.value));
    input.setAttribute("aria-valuetext", shown(spec, Number(input.value)));
    p.onChange(spec.path, Number(input.value));
  });
  return input;
};

const leverRow = (list: HTMLElement, spec: LeverSpec, p: LeverPanelInput): void => {
  const v = leverValue(p, spec.path);
  const row = el(list, "div", undefined, `lever${spec.path in p.overrides ? " changed" : ""}`);
  el(row, "label", spec.label, "lever-label");
  if (spec.kind === "choice") {
    const [off, on] = spec.choices ?? [];
    const box = Object.assign(document.createElement("input"), {
      type: "checkbox",
      checked: v === on,
    });
    box.dataset.lever = spec.path;
    box.setAttribute("aria-label", `${spec.label}: ${on}`);
    const label = el(row, "label", undefined, "toggle");
    label.append(box, ` ${on}`);
    box.addEventListener("change", () => p.onChange(spec.path, (box.checked ? on : off) ?? null));
    return;
  }
  if (spec.kind === "optionalWeeks") {
    const box = Object.assign(document.createElement("input"), {
      type: "checkbox",
      checked: v !== null,
    });
    box.dataset.leverToggle = spec.path;
    box.setAttribute("aria-label", `${spec.label} slået til`);
    const label = el(row, "label", undefined, "toggle");
    label.append(box, " til");
    box.addEventListener("change", () =>
      p.onChange(spec.path, box.checked ? leverRange(spec, v, p.estimates[spec.path]).min : null),
    );
  }
  slider(row, spec, p, v);
};

/** Draws every lever into `root`; the caller redraws the panel when the scenario or the overrides change. */
export const leverPanel = (root: HTMLElement, p: LeverPanelInput): void => {
  const box = el(root, "fieldset", undefined, "levers");
  el(box, "legend", "Håndtag");
  for (const spec of leverSpecs) leverRow(box, spec, p);
};
