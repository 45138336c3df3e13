/**
 * Schedules in scenario files (issue 17 item 1): where a number stands, `{ schedule: [{ from: "2017-01", value }, …] }`
 * or `{ ramp: { from, to, start, end } }`, each value bare or with its provenance. Compiling puts the first value
 * (the ramp's `from`) at the parameter's own path and the rest into ModelParams.schedules, where the model reads them
 * by day (simulator model/paramsOnDay.ts); sensitivity varies every estimated value, the first at the parameter's path.
 */
import { isIsoDate } from "@sagsflow/domain";
import { SCHEDULABLE_PATHS, type ScheduledParameter } from "@sagsflow/simulator/model";
import { Result, Schema, SchemaIssue } from "effect";
import { type Provenance, type ProvenanceProblem, pathKey, stripProvenance } from "./provenance";

const isMonth = (s: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

/** A month (`2017-03`, meaning its first day) or a calendar day. */
const MonthOrDay = Schema.String.check(
  Schema.makeFilter(
    (s: string) =>
      isMonth(s) || isIsoDate(s) || `not a month (YYYY-MM) or a date (YYYY-MM-DD): ${s}`,
  ),
);

/** The file form of a schedule, as a JSON Schema reads it (values may carry {value, source} or {value, estimate}). */
export const ScheduleInput = Schema.Union([
  Schema.Struct({
    schedule: Schema.Array(Schema.Struct({ from: MonthOrDay, value: Schema.Unknown })).check(
      Schema.isMinLength(1),
    ),
  }),
  Schema.Struct({
    ramp: Schema.Struct({
      from: Schema.Unknown,
      to: Schema.Unknown,
      start: MonthOrDay,
      end: MonthOrDay,
    }),
  }),
]).annotate({
  identifier: "ScenarioSchedule",
  description: "Et tal, der skifter over tid: trin fra en måned/dato, eller en lineær rampe",
});
type ScheduleInput = typeof ScheduleInput.Type;

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u);

/** `{schedule: …}` or `{ramp: …}` and nothing else. */
export const isScheduleNode = (u: unknown): u is Record<string, unknown> =>
  isRecord(u) && Object.keys(u).length === 1 && ("schedule" in u || "ramp" in u);

export interface FoundSchedule {
  readonly path: ReadonlyArray<string>;
  readonly node: Record<string, unknown>;
}

/** The tree with every schedule node replaced by its first value node, and the nodes found. */
export const replaceSchedules = (
  tree: unknown,
): { readonly tree: unknown; readonly found: ReadonlyArray<FoundSchedule> } => {
  const found: FoundSchedule[] = [];
  const walk = (node: unknown, path: ReadonlyArray<string>): unknown => {
    if (isScheduleNode(node)) {
      found.push({ path, node });
      return firstValue(node);
    }
    if (!isRecord(node) || ("value" in node && !isScheduleNode(node.value))) return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = walk(v, [...path, k]);
    return out;
  };
  return { tree: walk(tree, []), found };
};

const firstValue = (node: Record<string, unknown>): unknown => {
  const steps = node.schedule;
  if (Array.isArray(steps)) return isRecord(steps[0]) ? steps[0].value : undefined;
  return isRecord(node.ramp) ? node.ramp.from : undefined;
};

export const dayOf = (monthOrDay: string): string =>
  isMonth(monthOrDay) ? `${monthOrDay}-01` : monthOrDay;

/** The values after the first, each with the path a problem or a provenance entry names. */
const laterValues = (
  s: ScheduleInput,
  path: ReadonlyArray<string>,
): ReadonlyArray<{ readonly at: ReadonlyArray<string>; readonly node: unknown }> =>
  "schedule" in s
    ? s.schedule
        .slice(1)
        .map((st, i) => ({ at: [...path, "schedule", String(i + 1), "value"], node: st.value }))
    : [{ at: [...path, "ramp", "to"], node: s.ramp.to }];

const decodeInput = (node: unknown, path: ReadonlyArray<string>, problems: ProvenanceProblem[]) => {
  const decoded = Schema.decodeUnknownResult(ScheduleInput, { onExcessProperty: "error" })(node);
  if (Result.isSuccess(decoded)) return decoded.success;
  for (const i of SchemaIssue.makeFormatterStandardSchemaV1()(decoded.failure.issue).issues) {
    const sub = (i.path ?? []).map((p) => String(typeof p === "object" ? p.key : p));
    problems.push({ path: [...path, ...sub], value: node, message: i.message });
  }
  return undefined;
};

/** Dates in order: steps strictly later one by one, a ramp's end after its start. */
const orderProblem = (
  s: ScheduleInput,
  path: ReadonlyArray<string>,
): ProvenanceProblem | undefined => {
  if ("ramp" in s) {
    return dayOf(s.ramp.end) > dayOf(s.ramp.start)
      ? undefined
      : {
          path: [...path, "ramp", "end"],
          value: s.ramp.end,
          message: "a ramp must end after its start",
        };
  }
  const days = s.schedule.map((st) => dayOf(st.from));
  for (let i = 1; i < days.length; i++) {
    const [before, at] = [days[i - 1] as string, days[i] as string];
    if (!(at > before))
      return {
        path: [...path, "schedule", String(i), "from"],
        value: at,
        message: `steps must be in date order: ${at} is not after ${before}`,
      };
  }
  return undefined;
};

/** Problems of one file's schedules: their form, where they may stand, date order, and provenance of later values. */
export const scheduleProblems = (
  found: ReadonlyArray<FoundSchedule>,
  library: boolean,
): ReadonlyArray<ProvenanceProblem> => {
  const problems: ProvenanceProblem[] = [];
  for (const { path, node } of found) {
    if (!SCHEDULABLE_PATHS.has(pathKey(path))) {
      problems.push({
        path,
        value: node,
        message: `this parameter cannot change over time in the model; schedules are honoured for: ${[...SCHEDULABLE_PATHS].join(", ")}`,
      });
      continue;
    }
    const s = decodeInput(node, path, problems);
    if (s === undefined) continue;
    const order = orderProblem(s, path);
    if (order !== undefined) problems.push(order);
    for (const v of laterValues(s, path)) {
      for (const p of stripProvenance(v.node, { requireProvenance: library }).problems)
        problems.push({ ...p, path: [...v.at, ...p.path] });
    }
  }
  return problems;
};

export interface CompiledSchedules {
  readonly schedules: ReadonlyArray<ScheduledParameter>;
  readonly provenance: ReadonlyMap<string, Provenance>;
  /** Each later value with the parameter it stands for, for the model's own check of the field. */
  readonly values: ReadonlyArray<{
    readonly path: ReadonlyArray<string>;
    readonly at: ReadonlyArray<string>;
    readonly value: unknown;
  }>;
}

/** The merged scenario's schedules as model parameters; `found` passed scheduleProblems. */
export const compileSchedules = (found: ReadonlyArray<FoundSchedule>): CompiledSchedules => {
  const schedules: ScheduledParameter[] = [];
  const provenance = new Map<string, Provenance>();
  const values: Array<CompiledSchedules["values"][number]> = [];
  for (const { path, node } of found) {
    const s = Schema.decodeUnknownSync(ScheduleInput)(node);
    const k = schedules.length;
    const later = laterValues(s, path).map((v) => {
      const stripped = stripProvenance(v.node, { requireProvenance: false });
      values.push({ path, at: v.at, value: stripped.plain });
      return { value: stripped.plain, provenance: stripped.provenance.get("") };
    });
    const key = pathKey(path);
    if ("schedule" in s) {
      schedules.push({
        path: key,
        steps: s.schedule
          .slice(1)
          .map((st, i) => ({ from: dayOf(st.from), value: later[i]?.value as number })),
      });
      later.forEach((l, i) => {
        if (l.provenance) provenance.set(`schedules.${k}.steps.${i}.value`, l.provenance);
      });
    } else {
      schedules.push({
        path: key,
        ramp: { to: later[0]?.value as number, start: dayOf(s.ramp.start), end: dayOf(s.ramp.end) },
      });
      if (later[0]?.provenance) provenance.set(`schedules.${k}.ramp.to`, later[0].provenance);
    }
  }
  return { schedules, provenance, values };
};
