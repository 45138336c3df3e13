import { describe, expect, it } from "vitest";
import { RandomStreams } from "./randomStreams";
import { Rng } from "./rng";

const draw = (rng: Rng, n: number): Array<number> =>
  Array.from({ length: n }, () => rng.nextUint32());

describe("RandomStreams", () => {
  it("gives the same sequence for (seed, name) whatever other streams exist or their order", () => {
    const a = new RandomStreams(42);
    a.stream("service");
    const fromA = draw(a.stream("arrivals"), 50);
    const b = new RandomStreams(42);
    const fromB = draw(b.stream("arrivals"), 50);
    draw(b.stream("other"), 10);
    expect(fromB).toEqual(fromA);
  });

  it("gives different sequences for different names and seeds", () => {
    const s = new RandomStreams(1);
    expect(draw(s.stream("a"), 5)).not.toEqual(draw(s.stream("b"), 5));
    expect(draw(new RandomStreams(1).stream("a"), 5)).not.toEqual(
      draw(new RandomStreams(2).stream("a"), 5),
    );
  });

  it("continues a stream across calls to stream(name)", () => {
    const s = new RandomStreams(7);
    const first = s.stream("x").nextUint32();
    expect(s.stream("x").nextUint32()).not.toBe(first);
  });

  it("matches the xoshiro128** reference output for a known state", () => {
    // Reference: Vigna's xoshiro128starstar.c with s = {1, 2, 3, 4} gives 11520, 0, 5927040, 70819200.
    const rng = new Rng(0);
    Object.assign(rng, { s0: 1, s1: 2, s2: 3, s3: 4 });
    expect(draw(rng, 4)).toEqual([11520, 0, 5927040, 70819200]);
  });

  it("draws uniform integers without modulo bias across buckets", () => {
    const rng = new Rng(99);
    const n = 60_000;
    const counts = new Array(6).fill(0);
    for (let i = 0; i < n; i++) counts[rng.int(6)]++;
    // Chi-square with 5 df: the 99.9% point is 20.5.
    const chi = counts.reduce((acc, c) => acc + (c - n / 6) ** 2 / (n / 6), 0);
    expect(chi).toBeLessThan(20.5);
  });

  it("keeps float() in [0, 1)", () => {
    const rng = new Rng(3);
    for (let i = 0; i < 10_000; i++) {
      const u = rng.float();
      expect(u >= 0 && u < 1).toBe(true);
    }
  });
});
