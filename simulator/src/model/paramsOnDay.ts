/**
 * Resolves scheduled parameters (scheduledParameter.ts) on a simulated day: pure, from the parameters alone. One
 * resolver serves every reader (desks, arrivals, regime), so a schedule means the same everywhere.
 */
import { toEpochDay } from "@sagsflow/domain";
import type { CaseworkerTime } from "../resources/caseworkerDesk";
import type { ModelParams } from "./modelParams";
import { STAFF_TIME_FIELDS, type ScheduledParameter } from "./scheduledParameter";
import { valueAtPath } from "../sensitivity/estimatedParameters";

type Value = number | string;
type Resolve = (day: number) => Value;

const resolver = (base: Value, s: ScheduledParameter): Resolve => {
  if ("steps" in s) {
    const days = s.steps.map((st) => toEpochDay(st.from));
    const values = s.steps.map((st) => st.value);
    return (day) => {
      let v = base;
      for (let i = 0; i < days.length && (days[i] as number) <= day; i++) v = values[i] as Value;
      return v;
    };
  }
  const start = toEpochDay(s.ramp.start);
  const end = toEpochDay(s.ramp.end);
  const from = Number(base);
  const { to } = s.ramp;
  return (day) =>
    day <= start ? from : day >= end ? to : from + ((to - from) * (day - start)) / (end - start);
};

export interface ParamsOnDay {
  /** True when the parameter at `path` has a schedule. */
  readonly scheduled: (path: string) => boolean;
  readonly valueOn: (path: string, day: number) => Value;
  /** The largest value a numeric parameter takes over the run (capacity and thinning bounds). */
  readonly maxOf: (path: string) => number;
}

export const paramsOnDay = (p: ModelParams): ParamsOnDay => {
  const resolvers = new Map<string, { resolve: Resolve; max: number }>();
  for (const s of p.schedules ?? []) {
    const base = valueAtPath(p, s.path) as Value;
    const values = "steps" in s ? s.steps.map((st) => st.value) : [s.ramp.to];
    const max = Math.max(...[base, ...values].map(Number));
    resolvers.set(s.path, { resolve: resolver(base, s), max });
  }
  return {
    scheduled: (path) => resolvers.has(path),
    valueOn: (path, day) => resolvers.get(path)?.resolve(day) ?? (valueAtPath(p, path) as Value),
    maxOf: (path) => resolvers.get(path)?.max ?? Number(valueAtPath(p, path)),
  };
};

/** A role's working time on `day` (own and hired-in FTE together), or undefined when none of it is scheduled (the desk then keeps its own). */
export const staffTimeOn = (
  on: ParamsOnDay,
  role: "sagsbehandler" | "jobkonsulent" | "virksomhedskonsulent",
): ((day: number) => CaseworkerTime) | undefined => {
  const paths = STAFF_TIME_FIELDS.map((k) => `staff.${role}.${k}`);
  const external = `staff.${role}.externalFte`;
  if (!paths.some(on.scheduled) && !on.scheduled(external)) return undefined;
  return (day) => {
    const t = Object.fromEntries(
      STAFF_TIME_FIELDS.map((k, i) => [k, Number(on.valueOn(paths[i] as string, day))]),
    ) as unknown as { -readonly [K in keyof CaseworkerTime]: number };
    t.fte += Number(on.valueOn(external, day));
    return t;
  };
};
