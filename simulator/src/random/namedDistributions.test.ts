// Deterministic and explicitly named exponential constructors: values, moments, parameter errors, stream alignment.
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import {
  deterministic,
  exponential,
  exponentialMean,
  exponentialRate,
} from "./continuousDistributions";
import { Rng } from "./rng";

const draws = (r: ReturnType<typeof exponential>, seed: number): Array<number> => {
  const d = Result.getOrThrow(r);
  const rng = new Rng(seed);
  return Array.from({ length: 5 }, () => d.sample(rng));
};

describe("deterministic", () => {
  it("always returns its value, with variance 0, and draws no random number", () => {
    const d = Result.getOrThrow(deterministic(2.5));
    const rng = new Rng(7);
    expect([d.sample(rng), d.sample(rng)]).toEqual([2.5, 2.5]);
    expect([d.mean, d.variance]).toEqual([2.5, 0]);
    expect(rng.nextUint32()).toBe(new Rng(7).nextUint32());
  });
  it("rejects a non-finite value naming it", () => {
    const r = deterministic(Number.NaN);
    expect(Result.isFailure(r) && r.failure.message).toBe(
      "deterministic: value NaN must be finite",
    );
  });
});

describe("exponential by rate or by mean", () => {
  it("rate 4 is mean 0.25, draw for draw", () => {
    expect(draws(exponentialRate(4), 3)).toEqual(draws(exponential(0.25), 3));
    expect(draws(exponentialMean(0.25), 3)).toEqual(draws(exponential(0.25), 3));
    expect(Result.getOrThrow(exponentialRate(4)).mean).toBe(0.25);
  });
  it("names the parameter that is out of range", () => {
    const rate = exponentialRate(0);
    const mean = exponentialMean(-1);
    expect(Result.isFailure(rate) && rate.failure.parameter).toBe("rate");
    expect(Result.isFailure(mean) && mean.failure.parameter).toBe("mean");
  });
});
