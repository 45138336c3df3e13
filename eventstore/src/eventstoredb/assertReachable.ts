/** Bounded connection check: one tiny `$all` read raced against a timer, so a dead server fails in seconds, not minutes. */
import { BACKWARDS, END, type EventStoreDBClient } from "@eventstore/db-client";
import { EventStoreUnavailable, redactUrl } from "./eventStoreUnavailable";

export const defaultConnectTimeoutMs = 5_000;

/** Drains the read instead of breaking out: an abandoned gRPC read would keep `client.dispose()` waiting forever. */
const probe = async (client: EventStoreDBClient): Promise<void> => {
  for await (const _ of client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }));
};

/** gRPC messages may span lines and end in an empty "Resolution note:"; users get one clean line. */
const oneLine = (cause: unknown): string =>
  (cause instanceof Error ? cause.message : String(cause))
    .replace(/\s*Resolution note:\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Resolves when the server answers a read; rejects with EventStoreUnavailable naming the URL otherwise.
 * @example
 * await assertReachable(client, "esdb://127.0.0.1:2113?tls=false", 5_000)
 */
export const assertReachable = async (
  client: EventStoreDBClient,
  url: string,
  timeoutMs: number,
): Promise<void> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([probe(client), timeout]);
  } catch (cause) {
    throw new EventStoreUnavailable({ url: redactUrl(url), reason: oneLine(cause) });
  } finally {
    clearTimeout(timer);
  }
};
