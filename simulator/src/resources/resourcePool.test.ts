import { describe, expect, it } from "vitest";
import { Priority } from "../engine/priority";
import { Simulation } from "../engine/simulation";
import { Rng } from "../random/rng";
import { dailyAbsence } from "./dailyAbsence";
import { type QueueDiscipline, ResourcePool } from "./resourcePool";

/** One server busy until t=1; requests (label, key) queue meanwhile; returns the service order. */
function serviceOrder(
  discipline: QueueDiscipline,
  requests: ReadonlyArray<[string, number]>,
): Array<string> {
  const sim = new Simulation();
  const pool = new ResourcePool(sim, { members: 1, discipline });
  const order: Array<string> = [];
  const serve = (label: string, member: number, s: Simulation): void => {
    order.push(label);
    s.schedule(1, Priority.HIGH, () => pool.release(member));
  };
  pool.request("first", serve);
  for (const [label, key] of requests) pool.request(label, serve, key);
  sim.run();
  return order;
}

describe("ResourcePool queue disciplines", () => {
  const requests: Array<[string, number]> = [
    ["a", 3],
    ["b", 1],
    ["c", 2],
    ["d", 1],
  ];
  it("FIFO serves in request order and ignores keys", () => {
    expect(serviceOrder("fifo", requests)).toEqual(["first", "a", "b", "c", "d"]);
  });
  it("priority serves lower keys first, FIFO among equal keys", () => {
    expect(serviceOrder("priority", requests)).toEqual(["first", "b", "d", "c", "a"]);
  });
  it("EDF serves the earliest deadline first", () => {
    const deadlines: Array<[string, number]> = [
      ["late", 40.5],
      ["soon", 10],
      ["mid", 20],
    ];
    expect(serviceOrder("edf", deadlines)).toEqual(["first", "soon", "mid", "late"]);
  });
});

describe("ResourcePool caseload and absence", () => {
  it("gives each member at most slotsPerMember items, least-loaded first", () => {
    const sim = new Simulation();
    const pool = new ResourcePool(sim, { members: 2, slotsPerMember: 2 });
    const members: Array<number> = [];
    for (let i = 0; i < 5; i++) pool.request(i, (_, m) => members.push(m));
    expect(members).toEqual([0, 1, 0, 1]);
    expect(pool.waiting).toBe(1);
    pool.release(1);
    expect(members).toEqual([0, 1, 0, 1, 1]);
  });

  it("grants nothing to an absent member and resumes when present", () => {
    const sim = new Simulation();
    const pool = new ResourcePool(sim, { members: 1 });
    pool.setAbsent(0, true);
    const granted: Array<number> = [];
    const handle = pool.request("x", (_, __, s) => granted.push(s.now));
    expect(handle).toBeGreaterThanOrEqual(0);
    sim.at(3, Priority.URGENT, () => pool.setAbsent(0, false));
    sim.run();
    expect(granted).toEqual([3]);
  });

  it("cancelRequest withdraws a waiting request", () => {
    const sim = new Simulation();
    const pool = new ResourcePool(sim, { members: 1 });
    const granted: Array<string> = [];
    pool.request("a", (x) => granted.push(x));
    const h = pool.request("b", (x) => granted.push(x));
    expect(pool.cancelRequest(h)).toBe(true);
    pool.release(0);
    expect(granted).toEqual(["a"]);
    expect(pool.cancelRequest(h)).toBe(false);
  });

  it("measures time-weighted utilization against present capacity", () => {
    const sim = new Simulation();
    const pool = new ResourcePool(sim, { members: 2 });
    pool.request(0, (_, m, s) => s.schedule(5, Priority.HIGH, () => pool.release(m)));
    sim.run(10);
    // One of two servers busy for 5 of 10 time units.
    expect(pool.utilization(10)).toBeCloseTo(0.25, 12);
    pool.resetStats(10);
    sim.run(20);
    expect(pool.utilization(20)).toBe(0);
  });

  it("daily absence removes about the sickness share of capacity", () => {
    const sim = new Simulation();
    const pool = new ResourcePool(sim, { members: 20 });
    dailyAbsence(sim, pool, { share: 0.1, rng: new Rng(11) });
    sim.run(2000);
    const present = (pool.capacity.mean(2000) as number) / 20;
    // 40,000 member-days: sd of the share is √(0.09/40000) = 0.0015; allow 5 sd.
    expect(Math.abs(present - 0.9)).toBeLessThan(0.0075);
  });
});
