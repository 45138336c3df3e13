/**
 * The rows of the workshop's timeline of scheduled parameters (issue 17 acceptance, issue 23): every parameter a
 * scenario gives as `{ schedule: [...] }` or `{ ramp: {...} }` becomes a series of points over the simulated calendar,
 * from the warm-up's start to the measurement's end (extended to the last change), with its Danish label and unit.
 * Steps hold their value until the next one (drawn as steps); a ramp is linear between its start and end.
 */
import { toEpochDay } from "@sagsflow/domain";
import type { ModelParams } from "@sagsflow/simulator/model";
import { formatNumber } from "./formatDa";
import { paramLabel } from "./paramLabels";

export interface TimelinePoint {
  /** Epoch day from which (steps) or at which (ramp) the value holds. */
  readonly day: number;
  readonly value: number | string;
}

export interface TimelineRow {
  readonly path: string;
  readonly label: string;
  /** "andel" (shown in %), a unit word, or "" for a plain number or a rule regime. */
  readonly unit: string;
  readonly kind: "steps" | "ramp";
  /** In day order; the first at the window's start, the last at its end. */
  readonly points: ReadonlyArray<TimelinePoint>;
}

export interface Timeline {
  readonly warmupStart: number;
  readonly measureStart: number;
  readonly end: number;
  readonly rows: ReadonlyArray<TimelineRow>;
}

/** The unit of a schedulable field (scheduledParameter.ts lists them), for axis and value labels. */
export const scheduleUnit = (path: string): string => {
  const field = path.split(".").pop() ?? "";
  if (field.endsWith("Share")) return "andel";
  if (field === "fte" || field === "externalFte") return "årsværk";
  if (field.includes("Minutes")) return "min.";
  if (path === "arrivals.perWeek") return "sager pr. uge";
  return "";
};

const valueAt = (params: ModelParams, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], params);

const asValue = (u: unknown): number | string =>
  typeof u === "number" || typeof u === "string" ? u : String(u);

export const scheduleTimeline = (params: ModelParams): Timeline => {
  const measureStart = toEpochDay(params.horizon.start);
  const warmupStart = measureStart - params.horizon.warmupWeeks * 7;
  const schedules = params.schedules ?? [];
  const changeDays = schedules.flatMap((s) =>
    "steps" in s ? s.steps.map((x) => toEpochDay(x.from)) : [toEpochDay(s.ramp.end)],
  );
  // Some room after the last change, so its value is seen holding.
  const end = Math.max(measureStart + params.horizon.weeks * 7, ...changeDays.map((d) => d + 28));
  const rows = schedules.map((s): TimelineRow => {
    const first = asValue(valueAt(params, s.path));
    const base = { path: s.path, label: paramLabel(s.path), unit: scheduleUnit(s.path) };
    if ("steps" in s) {
      const steps = s.steps.map((x) => ({ day: toEpochDay(x.from), value: x.value }));
      const last = steps[steps.length - 1]?.value ?? first;
      return {
        ...base,
        kind: "steps",
        points: [{ day: warmupStart, value: first }, ...steps, { day: end, value: last }],
      };
    }
    const { to, start, end: rampEnd } = s.ramp;
    return {
      ...base,
      kind: "ramp",
      points: [
        { day: warmupStart, value: first },
        { day: toEpochDay(start), value: first },
        { day: toEpochDay(rampEnd), value: to },
        { day: end, value: to },
      ],
    };
  });
  return { warmupStart, measureStart, end, rows };
};

const regimes: Readonly<Record<string, string>> = {
  auto: "efter dato",
  pre2014: "før 2014",
  "2015-2019": "2015–2019",
  "2020-2024": "2020–2024",
  "2025+": "fra 2025",
};

/** A scheduled value as the timeline labels it: "20,0 %", "11 årsværk", "45 min.", "regelsæt 2015–2019". */
export const formatScheduled = (value: number | string, unit: string): string => {
  if (typeof value === "string") return regimes[value] ?? value;
  if (unit === "andel") return `${formatNumber(value * 100, 1)} %`;
  // Whole staff counts and minutes read "2 årsværk", "45 min.", not "2,00".
  const n = Number.isInteger(value) ? formatNumber(value, 0) : formatNumber(value);
  return unit === "" ? n : `${n} ${unit}`;
};
