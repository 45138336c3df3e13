/**
 * Durability contract for EventStoreDB on a server that outlives connections (the test double or a real one):
 * each storage is a private namespace on that server; damage tests are skipped with the reason.
 */
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { Effect } from "effect";
import { describe, it } from "vitest";
import type { DurableStorage } from "../src/contract/contractTypes";
import { durabilityTests } from "../src/contract/durabilityTests";
import { EventStoreError } from "../src/errors";
import { makeEventStoreDbStore } from "../src/eventstoredb/makeEventStoreDbStore";
import type { StoreEnvironment } from "../src/typedEventStore";
import { namespacedEventStore } from "./namespacedEventStore";

const writer = fileURLToPath(new URL("./esdbBatchWriter.ts", import.meta.url));
const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const NOT_APPLICABLE =
  "not applicable: a client cannot damage an EventStoreDB server's storage files";

/** Opens the adapter on `url` inside `namespace`, with start-up failures as the contract's EventStoreError. */
export const openNamespaced = <E>(
  url: string,
  namespace: string,
  environment: StoreEnvironment<E>,
) =>
  makeEventStoreDbStore({ url, ...environment }).pipe(
    Effect.mapError((error) => new EventStoreError({ reason: error.message })),
    Effect.map((store) => namespacedEventStore(store, namespace)),
  );

export const freshNamespace = (): string => `t${randomUUID().slice(0, 8)}-`;

export const esdbDurableStorage = (url: string): DurableStorage => {
  const namespace = freshNamespace();
  return {
    open: (environment) => openNamespaced(url, namespace, environment),
    batchWriterCommand: (streamId, batchSize) => ({
      command: process.execPath,
      args: ["--import", "tsx", writer, url, namespace, streamId, String(batchSize)],
      cwd: packageRoot,
    }),
    damage: () => Promise.reject(new Error(NOT_APPLICABLE)),
    fingerprint: () => Promise.resolve(""),
  };
};

/** Registers the durability tests; the storage-damage ones are skipped with the reason in their name. */
export const esdbDurabilityContract = (name: string, url: () => string): void => {
  describe(`EventStore durability: ${name}`, () => {
    durabilityTests(
      (testName, body, timeout) => {
        if (testName.startsWith("refuses")) it.skip(`${testName} (${NOT_APPLICABLE})`, body);
        else it(testName, body, timeout ?? 30_000);
      },
      async () => esdbDurableStorage(url()),
    );
  });
};
