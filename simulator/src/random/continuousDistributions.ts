/**
 * Parametric samplers: exponential, uniform, triangular, normal (optionally truncated), lognormal,
 * gamma and Weibull. Each constructor validates its parameters and returns a Result.
 */
import { Result } from "effect";
import { logGamma, normalCdf, normalQuantile } from "../stats/specialFunctions";
import {
  anyFinite,
  checkParameter as check,
  type DistributionResult,
  nonNegative,
  positive,
  validated,
} from "./distribution";
import type { Rng } from "./rng";

/** Exponential with the given mean (not rate: durations are specified by their mean). */
export function exponential(mean: number): DistributionResult {
  return validated([check("exponential", "mean", mean, positive, "must be > 0")], () => ({
    name: "exponential",
    mean,
    variance: mean * mean,
    sample: (rng) => -mean * Math.log(rng.floatOpen()),
  }));
}

/** Exponential given its mean, named explicitly (the same distribution as `exponential(mean)`). */
export const exponentialMean = (mean: number): DistributionResult => exponential(mean);

/** Exponential given its rate (events per time unit): mean 1 / rate. */
export function exponentialRate(rate: number): DistributionResult {
  const invalid = check("exponential", "rate", rate, positive, "must be > 0");
  return invalid === undefined ? exponential(1 / rate) : Result.fail(invalid);
}

/** Always `value` (a fixed duration, e.g. the D in M/D/1); draws no random number, so streams stay aligned. */
export function deterministic(value: number): DistributionResult {
  return validated([check("deterministic", "value", value, anyFinite, "must be finite")], () => ({
    name: "deterministic",
    mean: value,
    variance: 0,
    sample: () => value,
  }));
}

export function uniform(min: number, max: number): DistributionResult {
  return validated(
    [check("uniform", "max", max - min, nonNegative, `must be >= min ${min}`)],
    () => ({
      name: "uniform",
      mean: (min + max) / 2,
      variance: ((max - min) * (max - min)) / 12,
      sample: (rng) => min + (max - min) * rng.float(),
    }),
  );
}

export function triangular(min: number, mode: number, max: number): DistributionResult {
  return validated(
    [
      check("triangular", "mode", mode - min, nonNegative, `must be >= min ${min}`),
      check("triangular", "max", max - mode, nonNegative, `must be >= mode ${mode}`),
      check("triangular", "max", max - min, positive, `must be > min ${min}`),
    ],
    () => {
      const split = (mode - min) / (max - min);
      return {
        name: "triangular",
        mean: (min + mode + max) / 3,
        variance: (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18,
        sample: (rng: Rng) => {
          const u = rng.float();
          return u < split
            ? min + Math.sqrt(u * (max - min) * (mode - min))
            : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        },
      };
    },
  );
}

/** One standard normal draw (Box-Muller; the second variate is discarded so draws stay 1:2 with uniforms). */
export function standardNormal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(rng.floatOpen())) * Math.cos(2 * Math.PI * rng.float());
}

/**
 * Normal(mean, sd), truncated to [lower, upper] by inversion, so a truncated draw costs one
 * uniform whatever the truncation. Moments reported are those of the untruncated normal only
 * when no bound is given; otherwise null.
 */
export function normal(
  mean: number,
  sd: number,
  lower = -Infinity,
  upper = Infinity,
): DistributionResult {
  const truncated = lower !== -Infinity || upper !== Infinity;
  const pLow = normalCdf((lower - mean) / sd);
  const pHigh = normalCdf((upper - mean) / sd);
  return validated(
    [
      check("normal", "mean", mean, anyFinite, "must be finite"),
      check("normal", "sd", sd, positive, "must be > 0"),
      check(
        "normal",
        "upper",
        pHigh - pLow,
        positive,
        `must leave probability mass above lower ${lower}`,
      ),
    ],
    () => ({
      name: truncated ? "truncatedNormal" : "normal",
      mean: truncated ? null : mean,
      variance: truncated ? null : sd * sd,
      sample: truncated
        ? (rng: Rng) => {
            const x = mean + sd * normalQuantile(pLow + (pHigh - pLow) * rng.floatOpen());
            return Math.min(upper, Math.max(lower, x));
          }
        : (rng: Rng) => mean + sd * standardNormal(rng),
    }),
  );
}

/** Lognormal with log-scale parameters mu and sigma. */
export function lognormal(mu: number, sigma: number): DistributionResult {
  return validated(
    [
      check("lognormal", "mu", mu, anyFinite, "must be finite"),
      check("lognormal", "sigma", sigma, positive, "must be > 0"),
    ],
    () => {
      const s2 = sigma * sigma;
      return {
        name: "lognormal",
        mean: Math.exp(mu + s2 / 2),
        variance: (Math.exp(s2) - 1) * Math.exp(2 * mu + s2),
        sample: (rng: Rng) => Math.exp(mu + sigma * standardNormal(rng)),
      };
    },
  );
}

/** Lognormal given the mean and standard deviation of the variable itself (how analysts state it). */
export function lognormalFromMoments(mean: number, sd: number): DistributionResult {
  const bad =
    check("lognormal", "mean", mean, positive, "must be > 0") ??
    check("lognormal", "sd", sd, positive, "must be > 0");
  if (bad !== undefined) return Result.fail(bad);
  const s2 = Math.log(1 + (sd * sd) / (mean * mean));
  return lognormal(Math.log(mean) - s2 / 2, Math.sqrt(s2));
}

/** Gamma(shape, scale) by Marsaglia & Tsang (2000); shape < 1 via the u^(1/shape) boost. */
export function gamma(shape: number, scale: number): DistributionResult {
  return validated(
    [
      check("gamma", "shape", shape, positive, "must be > 0"),
      check("gamma", "scale", scale, positive, "must be > 0"),
    ],
    () => ({
      name: "gamma",
      mean: shape * scale,
      variance: shape * scale * scale,
      sample: (rng: Rng) =>
        shape >= 1
          ? scale * marsagliaTsang(rng, shape)
          : scale * marsagliaTsang(rng, shape + 1) * rng.floatOpen() ** (1 / shape),
    }),
  );
}

function marsagliaTsang(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(rng);
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = rng.floatOpen();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Weibull(shape k, scale λ) by inversion. */
export function weibull(shape: number, scale: number): DistributionResult {
  return validated(
    [
      check("weibull", "shape", shape, positive, "must be > 0"),
      check("weibull", "scale", scale, positive, "must be > 0"),
    ],
    () => {
      const g1 = Math.exp(logGamma(1 + 1 / shape));
      const g2 = Math.exp(logGamma(1 + 2 / shape));
      return {
        name: "weibull",
        mean: scale * g1,
        variance: scale * scale * (g2 - g1 * g1),
        sample: (rng: Rng) => scale * (-Math.log(rng.floatOpen())) ** (1 / shape),
      };
    },
  );
}
