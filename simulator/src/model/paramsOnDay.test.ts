import { toEpochDay } from "@sagsflow/domain";
import { describe, expect, it } from "vitest";
import type { ModelParams } from "./modelParams";
import { paramsOnDay } from "./paramsOnDay";

const params = {
  regime: "2015-2019",
  arrivals: { perWeek: 40 },
  staff: { sagsbehandler: { sicknessShare: 0.2, meetingMinutes: 60 } },
  schedules: [
    {
      path: "staff.sagsbehandler.sicknessShare",
      steps: [
        { from: "2017-03-01", value: 0.1 },
        { from: "2017-09-01", value: 0.04 },
      ],
    },
    {
      path: "staff.sagsbehandler.meetingMinutes",
      ramp: { to: 45, start: "2017-03-01", end: "2017-03-31" },
    },
    { path: "regime", steps: [{ from: "2020-01-01", value: "2020-2024" }] },
  ],
} as unknown as ModelParams;
const on = paramsOnDay(params);
const day = (iso: string) => toEpochDay(iso);

describe("paramsOnDay", () => {
  it("holds the plain value before the first step and each step's value from its day on", () => {
    const at = (iso: string) => on.valueOn("staff.sagsbehandler.sicknessShare", day(iso));
    expect(at("2016-07-01")).toBe(0.2);
    expect(at("2017-02-28")).toBe(0.2);
    expect(at("2017-03-01")).toBe(0.1);
    expect(at("2017-08-31")).toBe(0.1);
    expect(at("2017-09-01")).toBe(0.04);
    expect(at("2030-01-01")).toBe(0.04);
  });

  it("ramps linearly by day between start and end and holds the end value after", () => {
    const at = (iso: string) => on.valueOn("staff.sagsbehandler.meetingMinutes", day(iso));
    expect(at("2017-01-01")).toBe(60);
    expect(at("2017-03-16")).toBeCloseTo(52.5, 10);
    expect(at("2017-04-15")).toBe(45);
  });

  it("resolves text values (the regime by date) and leaves unscheduled values as they are", () => {
    expect(on.valueOn("regime", day("2019-12-31"))).toBe("2015-2019");
    expect(on.valueOn("regime", day("2020-01-01"))).toBe("2020-2024");
    expect(on.scheduled("arrivals.perWeek")).toBe(false);
    expect(on.valueOn("arrivals.perWeek", day("2017-01-01"))).toBe(40);
    expect(on.maxOf("staff.sagsbehandler.sicknessShare")).toBe(0.2);
    expect(on.maxOf("staff.sagsbehandler.meetingMinutes")).toBe(60);
  });
});
