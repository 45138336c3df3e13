/** Bounded retries of one EventStoreDB call on transient gRPC failures (leader election, restart, dropped channel). */
import { ErrorType } from "@eventstore/db-client";

export interface RetryPolicy {
  /** Total attempts including the first; 1 disables retrying. */
  readonly attempts: number;
  /** Delay before the second attempt; doubles each time. */
  readonly baseDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 4, baseDelayMs: 100 };

const TRANSIENT: ReadonlySet<string> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.NOT_LEADER,
  ErrorType.DEADLINE_EXCEEDED,
]);

/** Raw gRPC status codes (from calls built outside the client's wrappers): UNAVAILABLE, DEADLINE_EXCEEDED. */
const TRANSIENT_GRPC_CODES: ReadonlySet<unknown> = new Set([14, 4]);

/** The client reconnects on its own after these; the same call may then succeed. */
export const isTransient = (error: unknown): boolean => {
  if (typeof error !== "object" || error === null) return false;
  const { type, code } = error as { type?: unknown; code?: unknown };
  return TRANSIENT.has(String(type)) || (type === undefined && TRANSIENT_GRPC_CODES.has(code));
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `call`, retrying transient failures with exponential backoff. Appends are safe to retry
 * because their event ids are fixed before the first attempt (the server's idempotent write check).
 */
export const withRetry = async <A>(policy: RetryPolicy, call: () => Promise<A>): Promise<A> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= policy.attempts || !isTransient(error)) throw error;
      await sleep(policy.baseDelayMs * 2 ** (attempt - 1));
    }
  }
};
