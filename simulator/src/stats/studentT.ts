/**
 * Student t distribution: CDF through the regularized incomplete beta, and the quantile by
 * bisection on the CDF (called once per summary, so robustness beats speed).
 */
import { incompleteBeta, normalQuantile } from "./specialFunctions";

/** P(T <= t) for T ~ t(df). */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * The p-quantile of t(df), for 0 < p < 1 and df > 0, accurate to about 1e-12.
 * @example studentTQuantile(0.975, 9) // 2.2622
 */
export function studentTQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let lo = 0;
  let hi = Math.max(1, 2 * normalQuantile(p));
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
