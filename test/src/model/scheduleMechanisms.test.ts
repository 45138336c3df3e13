/**
 * Schedules act in the model on their day (issue 17 item 1): the run is unchanged before the change day and moves
 * after it, for staff time, head count, arrivals and the regime. One seed, events checked directly.
 */
import { type CaseEvent, toEpochDay } from "@sagsflow/domain";
import { type ModelParams, runCaseFlow, type ScheduledParameter } from "@sagsflow/simulator/model";
import { describe, expect, it } from "vitest";
import { libraryParams, small } from "./modelFixtures";

const base = small(libraryParams("baseline.yaml"), 700);
const CHANGE = "2022-04-01";
const changeDay = toEpochDay(CHANGE);
const scheduled = (...schedules: ScheduledParameter[]): ModelParams => ({ ...base, schedules });

const datedEvents = (p: ModelParams) =>
  runCaseFlow(p, 1).citizens.flatMap((c) =>
    c.events.map((e) => ({ day: toEpochDay(e.date), text: `${c.caseId} ${JSON.stringify(e)}` })),
  );
const samtaler = (p: ModelParams, from: number, to: number): number =>
  runCaseFlow(p, 1).citizens.reduce(
    (n, c) =>
      n +
      c.events.filter((e: CaseEvent) => {
        const d = toEpochDay(e.date);
        return e._tag === "OpfoelgningssamtaleHeld" && d >= from && d < to;
      }).length,
    0,
  );

describe("a staff schedule", () => {
  const sick = scheduled({
    path: "staff.sagsbehandler.sicknessShare",
    steps: [{ from: CHANGE, value: 0.9 }],
  });

  it("leaves every event before its day as the constant run had it", () => {
    const before = (p: ModelParams) =>
      datedEvents(p)
        .filter((e) => e.day < changeDay)
        .map((e) => e.text);
    expect(before(sick)).toEqual(before(base));
  });

  it("cuts the samtaler held after its day when sickness rises to 90 %", () => {
    const window = [changeDay + 14, changeDay + 120] as const;
    expect(samtaler(sick, ...window)).toBeLessThan(0.8 * samtaler(base, ...window));
  });

  it("lets a head count halve from its day on: fewer samtaler after, the same before", () => {
    const halved = scheduled({
      path: "staff.sagsbehandler.fte",
      steps: [{ from: CHANGE, value: base.staff.sagsbehandler.fte / 4 }],
    });
    expect(samtaler(halved, changeDay - 60, changeDay)).toBe(
      samtaler(base, changeDay - 60, changeDay),
    );
    const window = [changeDay + 14, changeDay + 120] as const;
    expect(samtaler(halved, ...window)).toBeLessThan(0.8 * samtaler(base, ...window));
  });
});

describe("an arrivals schedule", () => {
  it("halves the sygemeldinger received after its day", () => {
    const half = scheduled({
      path: "arrivals.perWeek",
      steps: [{ from: CHANGE, value: base.arrivals.perWeek / 2 }],
    });
    const received = (p: ModelParams, from: number, to: number) =>
      runCaseFlow(p, 1).citizens.filter((c) => c.firstAbsenceDay >= from && c.firstAbsenceDay < to)
        .length;
    // Four weeks: a case-count run ends once its cases have come, so a longer window holds the same number.
    const after = [changeDay, changeDay + 28] as const;
    const ratio = received(half, ...after) / received(base, ...after);
    expect(ratio).toBeGreaterThan(0.35);
    expect(ratio).toBeLessThan(0.65);
  });
});

describe("a regime schedule", () => {
  it("gives cases by first absence day the rules in force then", () => {
    const p = scheduled({ path: "regime", steps: [{ from: CHANGE, value: "2025+" }] });
    const run = runCaseFlow(p, 1);
    const regimeOf = (c: (typeof run.citizens)[number]) => {
      const first = c.events[0];
      return first?._tag === "SygemeldingReceived" ? first.regime : undefined;
    };
    const early = run.citizens.filter((c) => c.firstAbsenceDay < changeDay);
    const late = run.citizens.filter((c) => c.firstAbsenceDay >= changeDay);
    expect(early.length).toBeGreaterThan(50);
    expect(late.length).toBeGreaterThan(50);
    expect(early.every((c) => regimeOf(c) === base.regime)).toBe(true);
    expect(late.every((c) => regimeOf(c) === "2025+")).toBe(true);
  });
});
