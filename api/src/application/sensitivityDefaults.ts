/** Defaults of `sagsflow sensitivity`: small enough to answer in well under a minute on two cores. */
export const SENSITIVITY_DEFAULTS = {
  samples: 12,
  replications: 2,
  cases: 400,
  kpi: "waitRaskmeldingToJobDays",
} as const;
