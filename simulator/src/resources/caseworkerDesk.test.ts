import { describe, expect, it } from "vitest";
import { Rng } from "../random/rng";
import { CaseworkerDesk, type CaseworkerTime, meetingMinutesPerFteDay } from "./caseworkerDesk";
import { nextAbsent } from "./sicknessSpells";

const time: CaseworkerTime = {
  fte: 2,
  sicknessShare: 0,
  sicknessSpellDays: 5,
  workMinutesPerDay: 444,
  meetingMinutes: 45,
  journalMinutesPerMeeting: 25,
  adminMinutesPerCaseWeek: 20,
  adminMaxShare: 0.5,
  otherMinutesPerDay: 75,
};
interface T {
  readonly due: number;
  readonly urgent: boolean;
  readonly id: string;
}

describe("caseworker desk", () => {
  it("gives meetings what fixed work and capped administration leave", () => {
    expect(meetingMinutesPerFteDay(time, 0)).toBe(444 - 75);
    expect(meetingMinutesPerFteDay(time, 50)).toBe(444 - 75 - 200);
    expect(meetingMinutesPerFteDay(time, 500)).toBe(444 - 75 - 222);
  });

  it("serves each caseworker's own queue: a loaded caseworker's meetings wait while a colleague is free", () => {
    const served: Array<[string, number]> = [];
    const desk = new CaseworkerDesk<T>(time, "earliestDeadline", new Rng(1), (t, day) => {
      served.push([t.id, day]);
      return true;
    });
    // 369 free minutes a day hold 5 meetings of 70 minutes; caseworker 0 gets 8, caseworker 1 gets 1.
    for (let i = 0; i < 8; i++) desk.request(0, { due: 10, urgent: false, id: `a${i}` }, 0);
    desk.request(1, { due: 10, urgent: false, id: "b" }, 0);
    desk.workDay(0);
    desk.workDay(1);
    expect(
      served
        .filter(([, d]) => d === 0)
        .map(([id]) => id)
        .sort(),
    ).toEqual(["a0", "a1", "a2", "a3", "a4", "b"]);
    expect(served.filter(([, d]) => d === 1)).toHaveLength(3);
    expect(desk.held / desk.capacity).toBeLessThan(1);
  });

  it("puts urgent work two weeks ahead under urgentFirst, and not under earliestDeadline", () => {
    const order = (policy: "urgentFirst" | "earliestDeadline") => {
      const ids: string[] = [];
      const one = { ...time, fte: 1, otherMinutesPerDay: 444 - 70 };
      const desk = new CaseworkerDesk<T>(one, policy, new Rng(1), (t) => {
        ids.push(t.id);
        return true;
      });
      desk.request(0, { due: 5, urgent: false, id: "cadence" }, 0);
      desk.request(0, { due: 15, urgent: true, id: "first samtale" }, 0);
      desk.workDay(0);
      return ids;
    };
    expect(order("urgentFirst")).toEqual(["first samtale"]);
    expect(order("earliestDeadline")).toEqual(["cadence"]);
  });

  it("assigns cases in proportion to working time", () => {
    const desk = new CaseworkerDesk<T>(
      { ...time, fte: 1.5 },
      "urgentFirst",
      new Rng(1),
      () => true,
    );
    expect(desk.size).toBe(2);
    expect(desk.assign(0.6)).toBe(0);
    expect(desk.assign(0.7)).toBe(1);
  });
});

describe("sickness spells", () => {
  it("keep the long-run absent share and last about the mean spell", () => {
    const rng = new Rng(4);
    const t = { sicknessShare: 0.2, sicknessSpellDays: 10 };
    let absent = false;
    let days = 0;
    let spells = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const next = nextAbsent(absent, t, rng);
      if (next && !absent) spells++;
      if (next) days++;
      absent = next;
    }
    expect(days / n).toBeGreaterThan(0.19);
    expect(days / n).toBeLessThan(0.21);
    expect(days / spells).toBeGreaterThan(9);
    expect(days / spells).toBeLessThan(11);
  });
});
