/**
 * Composes the app's services over opened stores: repositories loaded from the store, runs left unfinished by a
 * crash marked interrupted, the scenario catalog, the run queue, and the comparison, sensitivity and counterfactual
 * services (counterfactuals replay the domain store's history).
 */
import type { ReadError } from "@sagsflow/eventstore";
import type { AppendError } from "@sagsflow/eventstore";
import { Effect } from "effect";
import type { AppDeps } from "../http/appDeps";
import { loadComparisonRepository } from "../persistence/comparisonRepository";
import type { Stores } from "../persistence/openStores";
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
}

export const makeAppDeps = (
  o: DepsOptions,
): Effect.Effect<
  AppDeps & { readonly interrupted: ReadonlyArray<string> },
  ReadError | AppendError
> =>
  Effect.gen(function* () {
    const scenarioRepository = yield* loadScenarioRepository(o.stores.api);
    const comparisonRepository = yield* loadComparisonRepository(o.stores.api);
    const interrupted = yield* comparisonRepository.interruptUnfinished(o.clock());
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
    };
    const comparisons = makeComparisonService(runDeps);
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
    };
  });
