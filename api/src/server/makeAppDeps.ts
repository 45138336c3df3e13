/**
 * Composes the app's services over opened stores: repositories loaded from the store, runs left unfinished by a
 * crash marked interrupted, the scenario catalog, the run queue, and the comparison, sensitivity and counterfactual
 * services (counterfactuals replay the domain store's history).
 */
import type { ReadError } from "@sagsflow/eventstore";
import type { AppendError } from "@sagsflow/eventstore";
import { Effect, Result } from "effect";
import type { AppDeps } from "../http/appDeps";
import { loadComparisonRepository } from "../persistence/comparisonRepository";
import type { ComparisonRecord } from "../persistence/comparisonRepository";
import type { Stores } from "../persistence/openStores";
import type { RedisReplications } from "../queue/redisReplications";
import { loadScenarioRepository } from "../persistence/scenarioRepository";
import { makeComparisonHub } from "./comparisonHub";
import { makeComparisonService } from "./comparisonService";
import { makeCounterfactualService } from "./counterfactualService";
import { makeRunLifecycle } from "./runLifecycle";
import { makeRunQueue } from "./runQueue";
import { makeScenarioCatalog } from "./scenarioCatalog";
import { makeScenarioService } from "./scenarioService";
import { makeSensitivityService } from "./sensitivityService";
import type { ServerConfig } from "./serverConfig";

export interface DepsOptions {
  readonly stores: Stores;
  readonly config: Omit<ServerConfig, "host" | "port">;
  readonly storeLabel: string;
  readonly clock: () => string;
  readonly newId: () => string;
  readonly log: AppDeps["log"];
  readonly dashboardDir?: string | undefined;
  /** Serve the history routes over the domain store (off: 501). */
  readonly history?: boolean;
  readonly pseudoKey?: string | undefined;
  /** SAGSFLOW_QUEUE=redis: replications run on the Redis queue, and runs a restart cut short are reattached. */
  readonly replications?: RedisReplications | undefined;
}

/** Comparisons keep their jobs on the Redis queue across an API restart; other runs start over by hand. */
const reattachable = (o: DepsOptions) => (r: ComparisonRecord) =>
  o.replications !== undefined && r.request.kind === "comparison";

export const makeAppDeps = (
  o: DepsOptions,
): Effect.Effect<
  AppDeps & {
    readonly interrupted: ReadonlyArray<string>;
    readonly reattached: ReadonlyArray<string>;
  },
  ReadError | AppendError
> =>
  Effect.gen(function* () {
    const scenarioRepository = yield* loadScenarioRepository(o.stores.api);
    const comparisonRepository = yield* loadComparisonRepository(o.stores.api);
    const unfinished = comparisonRepository.list().filter((r) => r.status === "running");
    const interrupted = [
      ...(yield* comparisonRepository.interruptUnfinished(o.clock(), reattachable(o))),
    ];
    const catalog = makeScenarioCatalog(scenarioRepository);
    const queue = makeRunQueue({
      concurrency: o.config.concurrency,
      maxWaiting: o.config.maxWaiting,
    });
    const hub = makeComparisonHub();
    const lifecycle = makeRunLifecycle({
      comparisons: comparisonRepository,
      queue,
      hub,
      clock: o.clock,
      retryAfterSeconds: 5,
    });
    const runDeps = {
      catalog,
      lifecycle,
      hub,
      clock: o.clock,
      newId: o.newId,
      workers: o.config.workers,
      maxWork: o.config.maxWork,
      replications: o.replications,
    };
    const comparisons = makeComparisonService(runDeps);
    const reattached: string[] = [];
    for (const record of unfinished.filter(reattachable(o))) {
      const id = record.request.comparisonId;
      const taken = yield* Effect.result(comparisons.reattach(record));
      if (Result.isSuccess(taken)) reattached.push(id);
      else {
        // Its scenarios can no longer be compiled: say so as an interruption rather than lose the run.
        yield* comparisonRepository.finish({
          _tag: "ComparisonInterrupted",
          comparisonId: id,
          interruptedAt: o.clock(),
        });
        interrupted.push(id);
      }
    }
    return {
      catalog,
      scenarios: makeScenarioService(catalog, scenarioRepository, o.clock),
      comparisons,
      sensitivity: makeSensitivityService(runDeps),
      counterfactuals: makeCounterfactualService({ ...runDeps, store: o.stores.domain }),
      comparisonRepository,
      hub,
      queue,
      limits: {
        maxBodyBytes: o.config.maxBodyBytes,
        maxUploadBytes: o.config.maxUploadBytes,
        requestTimeoutMs: o.config.requestTimeoutMs,
      },
      storeLabel: o.storeLabel,
      token: o.config.token,
      corsOrigins: o.config.corsOrigins,
      log: o.log,
      dashboardDir: o.dashboardDir,
      history: o.history === false ? undefined : { store: o.stores.domain, pseudoKey: o.pseudoKey },
      interrupted,
      reattached,
      replicationQueue: o.replications,
    };
  });
