import { expect, it } from "vitest";
import { reformReproduction } from "./reformReproduction";

// domain.md §5: the 2014 reform shortened spells by "just under 3 days", averaged over every sygedagpenge spell. The
// model counts the municipal cases still sick at registration, and in it half of those reaching the 22-week
// revurdering leave sygedagpenge for jobafklaring at about week 27: that carries a larger cut per case. docs/scenarios.md
// ("The 2014 reform") gives the numbers and why the model is outside the published [-6, 0]; this test holds the sign and
// the size the mechanism can carry (issue 17 item 4 is open).
it("makes 2015-19 spells shorter than pre-2014 with a CI within [-20, 0] days", () => {
  const d = reformReproduction();
  expect(d.ci95).not.toBeNull();
  const [lo, hi] = d.ci95 as readonly [number, number];
  expect(lo).toBeGreaterThanOrEqual(-20);
  expect(hi).toBeLessThanOrEqual(0);
}, 30_000);
