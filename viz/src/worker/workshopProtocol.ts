/** Messages between the workshop and its what-if workers: describe a scenario's levers, run one replication. */
import type { ModelParams, ReplicationKpis } from "@sagsflow/simulator/model";
import type { LeverOverrides } from "../workshop/leverSettings";

/** A saved scenario's YAML, compiled beside the bundled library (its `extends` names a library file). */
export interface SavedText {
  readonly id: string;
  readonly yaml: string;
}

export interface WhatIfScenario {
  readonly scenario: string;
  readonly saved: SavedText | null;
  readonly overrides: LeverOverrides;
}

export interface ReplicationJob extends WhatIfScenario {
  readonly kind: "run";
  readonly jobId: number;
  readonly seed: number;
  /** Cap on measured cases, set on the horizon as `sagsflow run --cases` sets it. */
  readonly cases: number | null;
  readonly replications: number;
  readonly replication: number;
}

export interface DescribeJob extends WhatIfScenario {
  readonly kind: "describe";
  readonly jobId: number;
}

export type WhatIfJob = ReplicationJob | DescribeJob;

export type WhatIfReply =
  | { readonly jobId: number; readonly replication: number; readonly kpis: ReplicationKpis }
  | {
      readonly jobId: number;
      readonly name: string;
      readonly params: ModelParams;
      /** Parameter path → the scenario's estimate range, for slider ranges. */
      readonly estimates: Readonly<Record<string, { low: unknown; high: unknown }>>;
    }
  | { readonly jobId: number; readonly error: string };
