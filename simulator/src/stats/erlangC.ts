/**
 * Erlang C: the mean wait in queue Wq of an M/M/c queue (Gross & Harris, Fundamentals of Queueing Theory,
 * section 2.3). The analytical check for the engine's verification tests and the SimPy peer benchmark.
 */
export function erlangCWait(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  const rho = a / c;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c / (1 - rho);
  const pWait = last / (sum + last);
  return pWait / (c * mu - lambda);
}
