/** The one mapping from typed failures to problem details (house style "Errors"); unknown failures become a bare 500. */
import type { Problem } from "./problem";
import { problem } from "./problem";

interface Tagged {
  readonly _tag: string;
  readonly message: string;
  readonly [k: string]: unknown;
}

const str = (u: unknown): string => (typeof u === "string" ? u : (JSON.stringify(u) ?? String(u)));

/** Returns the problem and any headers (Retry-After, ETag) the status needs. */
export const problemOf = (
  error: unknown,
): { problem: Problem; headers: Record<string, string> } => {
  const e = (
    typeof error === "object" && error !== null ? error : { _tag: "Unknown", message: "" }
  ) as Tagged;
  const plain = (p: Problem) => ({ problem: p, headers: {} });
  switch (e._tag) {
    case "ScenarioNotFound":
      return plain(
        problem(404, "scenario-not-found", e.message, {
          field: typeof e.field === "string" ? e.field : "id",
          value: str(e.scenarioId),
        }),
      );
    case "ComparisonNotFound":
      return plain(
        problem(404, "comparison-not-found", e.message, {
          field: "id",
          value: str(e.comparisonId),
        }),
      );
    case "ScenarioVersionStale":
      return plain(
        problem(412, "version-stale", e.message, {
          field: "If-Match",
          value: str(e.expected),
          currentVersion: e.actual,
        }),
      );
    case "ScenarioConflict":
      return plain(
        problem(409, "scenario-conflict", e.message, { field: "id", value: str(e.scenarioId) }),
      );
    case "RequestInvalid":
      return plain(
        problem(Number(e.status), "request-invalid", e.message, {
          field: str(e.field),
          value: str(e.value),
        }),
      );
    case "ScenarioInvalid": {
      const problems = (e.problems ?? []) as ReadonlyArray<{ field: string; value: string }>;
      const first = problems[0];
      return plain(
        problem(422, "scenario-invalid", e.message, {
          field: first?.field ?? "",
          value: first?.value ?? "",
          problems,
        }),
      );
    }
    case "OptionInvalid":
    case "CalibrationRangeInvalid":
      return plain(
        problem(422, "request-invalid", e.message, { field: str(e.option), value: str(e.value) }),
      );
    case "HistoryEmpty":
      // Nothing to replay is a state of the store, not a bad request: import history first.
      return plain(problem(409, "history-empty", e.message, { field: "history", value: "(tom)" }));
    case "RunQueueFull":
      return {
        problem: problem(429, "run-queue-full", e.message, { limit: e.limit }),
        headers: { "retry-after": String(e.retryAfterSeconds) },
      };
    case "FeatureUnavailable":
      return plain(
        problem(501, "not-implemented", e.message, { field: "feature", value: str(e.feature) }),
      );
    case "WrongExpectedVersion":
      return plain(
        problem(409, "concurrent-write", "en anden skrivning kom først; hent og prøv igen"),
      );
    case "EventIdConflict":
      return plain(
        problem(
          409,
          "event-id-conflict",
          `hændelses-id ${str(e.eventId)} er allerede brugt i strømmen ${str(e.storedIn)}`,
          {
            field: "eventId",
            value: str(e.eventId),
          },
        ),
      );
    case "EventStoreError":
    case "StoreUnavailable":
      return plain(problem(503, "store-unavailable", "hændelseslageret er ikke tilgængeligt"));
    default:
      // No message of an unexpected failure reaches the client: it may carry internals (house style "Errors").
      return plain(problem(500, "internal", "der opstod en intern fejl; se serverens log"));
  }
};
