/** @sagsflow/domain: case events, decider, rule regimes, Danish calendar and projections (pure). */
export {};
