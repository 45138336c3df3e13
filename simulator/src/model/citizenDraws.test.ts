import { describe, expect, it } from "vitest";
import { Rng } from "../random/rng";
import {
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
});
