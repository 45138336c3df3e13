/** The JSON of one comparison (docs/api.md "Comparison"): status, request, progress while running, result when done. */
import type { ComparisonRecord } from "../persistence/comparisonRepository";
import type { ComparisonHub } from "../server/comparisonHub";

export const comparisonView = (record: ComparisonRecord, hub: ComparisonHub) => {
  const r = record.request;
  const progress = hub.latest(r.comparisonId).find((u) => u.type === "progress");
  return {
    id: r.comparisonId,
    kind: r.kind,
    status: record.status,
    createdAt: r.requestedAt,
    finishedAt: record.finishedAt,
    parameters: r.parameters,
    scenarioVersions: r.scenarioVersions,
    ...(record.status === "running" && progress?.type === "progress"
      ? { progress: { done: progress.done, total: progress.total } }
      : {}),
    ...(record.reason === null ? {} : { reason: record.reason }),
    ...(record.status === "completed"
      ? {
          result: {
            ...(record.result as object),
            id: r.comparisonId,
            status: record.status,
            createdAt: r.requestedAt,
            parameters: r.parameters,
          },
        }
      : {}),
  };
};
