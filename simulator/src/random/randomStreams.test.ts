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

  it("gives every named stream its own first draw (the whole state depends on the name)", () => {
    const names = [
      "citizens",
      "arrivals",
      "backlog",
      "absence-sagsbehandler",
      "absence-jobkonsulent",
      "a",
      "b",
    ];
    for (const seed of [1, 2, 42, 2 ** 40 + 3]) {
      const s = new RandomStreams(seed);
      const firsts = names.map((n) => s.stream(n).float().toFixed(8));
      expect(new Set(firsts).size).toBe(names.length);
    }
  });

  it("has streams of one seed, and one stream of neighbouring seeds, uncorrelated", () => {
    const n = 20_000;
    // |r| of two independent uniform series of length n exceeds 4/sqrt(n) with probability about 6e-5.
    const bound = 4 / Math.sqrt(n);
    const series = (rng: Rng): Float64Array => Float64Array.from({ length: n }, () => rng.float());
    const s = new RandomStreams(7);
    const pairs: Array<[Rng, Rng]> = [
      [s.stream("citizens"), s.stream("arrivals")],
      [s.stream("absence-sagsbehandler"), s.stream("absence-jobkonsulent")],
      [new RandomStreams(1).stream("citizens"), new RandomStreams(2).stream("citizens")],
    ];
    for (const [a, b] of pairs)
      expect(Math.abs(correlation(series(a), series(b)))).toBeLessThan(bound);
    // First draws across many streams are uniform too (they were identical before issue 16 item 7).
    const firsts = Float64Array.from({ length: n }, (_, i) =>
      new RandomStreams(3).stream(`s${i}`).float(),
    );
    const shifted = Float64Array.from({ length: n }, (_, i) =>
      new RandomStreams(4).stream(`s${i}`).float(),
    );
    expect(Math.abs(correlation(firsts, shifted))).toBeLessThan(bound);
    const mean = firsts.reduce((a, x) => a + x, 0) / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
  });

  it("continues a stream across calls to stream(name)", () => {
    const s = new RandomStreams(7);
    const first = s.stream("x").nextUint32();
    expect(s.stream("x").nextUint32()).not.toBe(first);
  });

  it("matches the xoshiro128** reference output for a known state", () => {
    // Reference: Vigna's xoshiro128starstar.c with s = {1, 2, 3, 4} gives 11520, 0, 5927040, 70819200.
    expect(draw(Rng.fromState(1, 2, 3, 4), 4)).toEqual([11520, 0, 5927040, 70819200]);
  });

  it("replaces the all-zero state (a fixed point of xoshiro) so the generator never sticks at 0", () => {
    expect(draw(Rng.fromState(0, 0, 0, 0), 4)).toEqual(draw(Rng.fromState(1, 0, 0, 0), 4));
    expect(draw(Rng.fromState(0, 0, 0, 0), 8).some((x) => x !== 0)).toBe(true);
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

function correlation(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}
