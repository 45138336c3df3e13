import { describe, expect, it } from "vitest";
import { Rng } from "../random/rng";
import {
  DerivedDraw,
  derivedDraw,
  Draw,
  DRAWS_PER_CITIZEN,
  draw,
  drawCitizen,
  drawFrom,
  intBetween,
  pick,
} from "./citizenDraws";

describe("the citizen's draws", () => {
  it("give every named quantity its own slot of the block", () => {
    const slots = Object.values(Draw);
    expect(new Set(slots).size).toBe(slots.length);
    expect(Math.max(...slots)).toBe(DRAWS_PER_CITIZEN - 1);
    const u = drawCitizen(new Rng(2));
    expect(draw({ u }, "recovery")).toBe(u[Draw.recovery]);
    expect(drawFrom(u, "caseworker")).toBe(u[Draw.caseworker]);
    for (const x of u) expect(x > 0 && x < 1).toBe(true);
  });

  it("pick by cumulative shares and stay inside integer ranges", () => {
    const shares = { a: 0.2, b: 0.5, c: 0.3 };
    expect(pick(shares, 0.1)).toBe("a");
    expect(pick(shares, 0.69)).toBe("b");
    expect(pick(shares, 0.999)).toBe("c");
    expect(intBetween({ min: 3, max: 14 }, 0)).toBe(3);
    expect(intBetween({ min: 3, max: 14 }, 0.9999)).toBe(14);
  });

  it("derive further uniforms from the block without drawing from the stream", () => {
    const rng = new Rng(7);
    const names = Object.keys(DerivedDraw) as Array<keyof typeof DerivedDraw>;
    const n = 4000;
    const sums = new Map(names.map((k) => [k, 0]));
    let cross = 0;
    for (let i = 0; i < n; i++) {
      const c = { u: drawCitizen(rng) };
      const xs = names.map((k) => derivedDraw(c, k));
      for (const x of xs) expect(x > 0 && x < 1).toBe(true);
      for (const [j, k] of names.entries())
        sums.set(k, (sums.get(k) as number) + (xs[j] as number));
      // Uncorrelated with a stream draw of the same citizen (here: recovery).
      cross += ((xs[0] as number) - 0.5) * (draw(c, "recovery") - 0.5);
      expect(derivedDraw(c, "indstilling")).toBe(xs[0]);
    }
    // Means within 4 standard errors of 1/2 (sd of a uniform 0.289), correlation within 4/sqrt(n).
    for (const k of names)
      expect(Math.abs((sums.get(k) as number) / n - 0.5)).toBeLessThan((4 * 0.289) / Math.sqrt(n));
    expect(Math.abs(cross / n / (1 / 12))).toBeLessThan(4 / Math.sqrt(n));
    // The stream is where it would be after n blocks: derived draws took nothing from it.
    const fresh = new Rng(7);
    for (let i = 0; i < n; i++) drawCitizen(fresh);
    expect(fresh.float()).toBe(rng.float());
  });
});
