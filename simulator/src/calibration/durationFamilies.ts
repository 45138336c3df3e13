/**
 * Candidate families for a positive duration (exponential, lognormal, gamma, Weibull), each fitted by maximum
 * likelihood to completed durations, and the choice among them by the smallest AIC (2k − 2 log L).
 */
import { logGamma } from "../stats/specialFunctions";

export type DurationFamily = "exponential" | "lognormal" | "gamma" | "weibull";

export interface DurationFit {
  readonly family: DurationFamily;
  /** exponential: {rate}; lognormal: {mu, sigma}; gamma: {shape, rate}; weibull: {shape, scale} (days). */
  readonly params: Readonly<Record<string, number>>;
  readonly logLikelihood: number;
  readonly aic: number;
  readonly median: number;
}

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0);

const fitOf = (
  family: DurationFamily,
  params: Record<string, number>,
  logLikelihood: number,
  median: number,
): DurationFit => ({
  family,
  params,
  logLikelihood,
  aic: 2 * Object.keys(params).length - 2 * logLikelihood,
  median,
});

const exponentialFit = (xs: ReadonlyArray<number>): DurationFit => {
  const rate = xs.length / sum(xs);
  return fitOf(
    "exponential",
    { rate },
    xs.length * Math.log(rate) - rate * sum(xs),
    Math.LN2 / rate,
  );
};

const lognormalFit = (xs: ReadonlyArray<number>): DurationFit => {
  const logs = xs.map(Math.log);
  const mu = sum(logs) / xs.length;
  const sigma = Math.max(1e-9, Math.sqrt(sum(logs.map((l) => (l - mu) ** 2)) / xs.length));
  const ll = -sum(logs) - xs.length * Math.log(sigma * Math.sqrt(2 * Math.PI)) - xs.length / 2;
  return fitOf("lognormal", { mu, sigma }, ll, Math.exp(mu));
};

/** Gamma shape by Minka's closed-form start and two Newton steps on the profile likelihood. */
const gammaFit = (xs: ReadonlyArray<number>): DurationFit => {
  const n = xs.length;
  const mean = sum(xs) / n;
  const meanLog = sum(xs.map(Math.log)) / n;
  const s = Math.max(1e-9, Math.log(mean) - meanLog);
  let k = (3 - s + Math.sqrt((s - 3) ** 2 + 24 * s)) / (12 * s);
  for (let i = 0; i < 3; i++) {
    const h = 1e-5 * k;
    const digamma = (logGamma(k + h) - logGamma(k - h)) / (2 * h);
    const trigamma = (logGamma(k + h) - 2 * logGamma(k) + logGamma(k - h)) / (h * h);
    const next = k - (Math.log(k) - digamma - s) / (1 / k - trigamma);
    if (next > 0 && Number.isFinite(next)) k = next;
  }
  const rate = k / mean;
  const ll = n * (k * Math.log(rate) - logGamma(k)) + (k - 1) * n * meanLog - rate * n * mean;
  // The gamma median has no closed form; k − 1/3 is within 2% for k > 0.5 (Chen & Rubin 1986).
  return fitOf("gamma", { shape: k, rate }, ll, Math.max(k - 1 / 3, 0.05) / rate);
};

/** Weibull shape by Newton on the profile score equation. */
const weibullFit = (xs: ReadonlyArray<number>): DurationFit => {
  const n = xs.length;
  const logs = xs.map(Math.log);
  const meanLog = sum(logs) / n;
  let k = 1.2;
  for (let i = 0; i < 50; i++) {
    let a = 0;
    let b = 0;
    let c = 0;
    for (let j = 0; j < n; j++) {
      const xk = (xs[j] as number) ** k;
      const l = logs[j] as number;
      a += xk;
      b += xk * l;
      c += xk * l * l;
    }
    const f = b / a - 1 / k - meanLog;
    const df = c / a - (b / a) ** 2 + 1 / (k * k);
    const next = k - f / df;
    if (!(next > 0) || !Number.isFinite(next)) break;
    if (Math.abs(next - k) < 1e-10) {
      k = next;
      break;
    }
    k = next;
  }
  const scale = (sum(xs.map((x) => x ** k)) / n) ** (1 / k);
  const ll = n * Math.log(k / scale) + (k - 1) * sum(logs.map((l) => l - Math.log(scale))) - n;
  return fitOf("weibull", { shape: k, scale }, ll, scale * Math.LN2 ** (1 / k));
};

/**
 * Fits every family to the positive durations and returns them best first (smallest AIC); empty with fewer than
 * two distinct values, where no family is identifiable.
 * @example fitDurationFamilies([12, 30, 45, 80])[0]?.family
 */
export const fitDurationFamilies = (
  durations: ReadonlyArray<number>,
): ReadonlyArray<DurationFit> => {
  // A zero-day phase would give log 0: count it as half a day.
  const xs = durations.filter((d) => Number.isFinite(d) && d >= 0).map((d) => Math.max(d, 0.5));
  if (new Set(xs).size < 2) return [];
  return [exponentialFit(xs), lognormalFit(xs), gammaFit(xs), weibullFit(xs)].sort(
    (a, b) => a.aic - b.aic,
  );
};
