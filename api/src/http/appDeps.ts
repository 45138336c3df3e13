/** What the HTTP app is built from: services and limits, injected so tests use the memory store and a fixed clock. */
import type { RedisReplications } from "../queue/redisReplications";
import type { ComparisonHub } from "../server/comparisonHub";
import type { ComparisonService } from "../server/comparisonService";
import type { CounterfactualService } from "../server/counterfactualService";
import type { RunQueue } from "../server/runQueue";
import type { ScenarioCatalog } from "../server/scenarioCatalog";
import type { ScenarioService } from "../server/scenarioService";
import type { SensitivityService } from "../server/sensitivityService";
import type { ComparisonRepository } from "../persistence/comparisonRepository";
import type { HistoryRoutesDeps } from "./historyRoutes";

export interface AppLimits {
  /** JSON request bodies. */
  readonly maxBodyBytes: number;
  /** History uploads (streamed). */
  readonly maxUploadBytes: number;
  readonly requestTimeoutMs: number;
}

export interface AppDeps {
  readonly catalog: ScenarioCatalog;
  readonly scenarios: ScenarioService;
  readonly comparisons: ComparisonService;
  readonly sensitivity: SensitivityService;
  readonly counterfactuals: CounterfactualService;
  readonly comparisonRepository: ComparisonRepository;
  readonly hub: ComparisonHub;
  readonly queue: RunQueue;
  readonly limits: AppLimits;
  /** e.g. `sqlite ./data/sagsflow.db`, shown by /health. */
  readonly storeLabel: string;
  /** Bearer token required on /api when set (binding beyond loopback). */
  readonly token?: string | undefined;
  /** Allowed CORS origins; empty = CORS closed. */
  readonly corsOrigins: ReadonlyArray<string>;
  /** Structured log line sink; never given personal data. */
  readonly log: (entry: Readonly<Record<string, unknown>>) => void;
  /** Folder of the built dashboard, served at `/` when present. */
  readonly dashboardDir?: string | undefined;
  readonly history?: HistoryRoutesDeps | undefined;
  /** The Redis queue (SAGSFLOW_QUEUE=redis), whose depth and workers /health shows. */
  readonly replicationQueue?: Pick<RedisReplications, "depth"> | undefined;
}
