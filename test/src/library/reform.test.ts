import { expect, it } from "vitest";
import { reformReproduction } from "./reformReproduction";

// domain.md §5: the 2014 reform shortened spells by "just under 3 days"; the band is wide because the model's
// revurdering and follow-up rules are coarser than the register evaluation.
it("puts the 2015-19 minus pre-2014 spell duration CI within [-15, +5] days", () => {
  const d = reformReproduction();
  expect(d.ci95).not.toBeNull();
  const [lo, hi] = d.ci95 as readonly [number, number];
  expect(lo).toBeGreaterThanOrEqual(-15);
  expect(hi).toBeLessThanOrEqual(5);
}, 30_000);
