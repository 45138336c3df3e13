/** Unit tests of the pure fitting pieces: duration families, Kaplan-Meier quantiles, arrivals, EMD, shares. */
import { toEpochDay } from "@sagsflow/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Rng } from "../random/rng";
import { normalQuantile } from "../stats/specialFunctions";
import { fitDurationFamilies } from "./durationFamilies";
import { earthMoversDistance } from "./earthMoversDistance";
import { fitArrivals } from "./fitArrivals";
import { roundedShares } from "./fittedValue";
import { kaplanMeierQuantile } from "./kaplanMeier";

const lognormalSample = (n: number, median: number, sigma: number, seed: number): number[] => {
  const rng = new Rng(seed);
  return Array.from(
    { length: n },
    () => median * Math.exp(sigma * normalQuantile(rng.floatOpen())),
  );
};

describe("fitDurationFamilies", () => {
  it("chooses the lognormal for lognormal data and recovers its parameters", () => {
    const [best] = fitDurationFamilies(lognormalSample(4000, 60, 0.8, 7));
    expect(best?.family).toBe("lognormal");
    expect(Math.exp(best?.params.mu ?? 0)).toBeCloseTo(60, -1);
    expect(best?.params.sigma).toBeCloseTo(0.8, 1);
  });

  it("chooses the exponential or a family containing it for exponential data", () => {
    const rng = new Rng(3);
    const xs = Array.from({ length: 4000 }, () => -Math.log(rng.floatOpen()) * 30);
    const fits = fitDurationFamilies(xs);
    expect(["exponential", "gamma", "weibull"]).toContain(fits[0]?.family);
    expect(fits.find((f) => f.family === "exponential")?.params.rate).toBeCloseTo(1 / 30, 2);
  });

  it("fits nothing to a constant sample", () => {
    expect(fitDurationFamilies([5, 5, 5])).toEqual([]);
  });
});

describe("kaplanMeierQuantile", () => {
  it("matches a hand-computed curve with censoring", () => {
    // Times 1,2+,3,4: S(1)=3/4, S(3)=3/4·1/2=3/8, S(4)=0.
    const data = [
      { days: 1, observed: true },
      { days: 2, observed: false },
      { days: 3, observed: true },
      { days: 4, observed: true },
    ];
    expect(kaplanMeierQuantile(data, 0.25)).toBe(1);
    expect(kaplanMeierQuantile(data, 0.5)).toBe(3);
    expect(kaplanMeierQuantile(data, 0.9)).toBe(4);
  });

  it("is undefined when censoring leaves the curve above the level", () => {
    expect(
      kaplanMeierQuantile(
        [
          { days: 1, observed: true },
          { days: 2, observed: false },
          { days: 3, observed: false },
        ],
        0.5,
      ),
    ).toBeUndefined();
  });
});

describe("fitArrivals", () => {
  it("gives the weekly rate and month factors of a hand-made year", () => {
    const from = toEpochDay("2023-01-01");
    const to = toEpochDay("2023-12-31");
    // Two arrivals a day in January, one a day otherwise.
    const days: number[] = [];
    for (let d = from; d <= to; d++) for (let k = 0; k < (d < from + 31 ? 2 : 1); k++) days.push(d);
    const fit = fitArrivals(days, { from, to });
    expect(fit.perWeek).toBeCloseTo((396 / 365) * 7, 9);
    expect(fit.seasonality[0]).toBeCloseTo(2 / (396 / 365), 9);
    expect(fit.seasonality[5]).toBeCloseTo(1 / (396 / 365), 9);
    expect(fit.weekly[0]).toBe(14);
  });
});

describe("earthMoversDistance", () => {
  it("is the shift between two translated samples and symmetric (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 50 }),
        (xs, shift) => {
          const ys = xs.map((x) => x + shift);
          expect(earthMoversDistance(xs, ys)).toBeCloseTo(shift, 9);
          expect(earthMoversDistance(ys, xs)).toBeCloseTo(shift, 9);
        },
      ),
      { seed: 42, verbose: true },
    );
  });
});

describe("roundedShares", () => {
  it("sums to exactly one after rounding", () => {
    const s = roundedShares(
      new Map([
        ["a", 1],
        ["b", 1],
        ["c", 1],
      ]),
    );
    expect(Object.values(s).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
