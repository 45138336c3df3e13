/** What an adapter hands to the contract suite: a factory for fresh stores and, if durable, storage hooks. */
import type { Effect } from "effect";
import type { EventStoreError } from "../errors";
import type { EventStore } from "../eventStore";
import type { StoreEnvironment } from "../typedEventStore";

/** Opens a store on fresh, empty storage. */
export type MakeStore = <E>(
  environment: StoreEnvironment<E>,
) => Effect.Effect<EventStore<E>, EventStoreError>;

/** One storage location (a file, a database) that can be opened many times and damaged on purpose. */
export interface DurableStorage {
  /** A new connection to this storage each call. */
  readonly open: <E>(
    environment: StoreEnvironment<E>,
  ) => Effect.Effect<EventStore<E>, EventStoreError>;
  /**
   * A child process that appends `TestEvent`s to `streamId` in batches of `batchSize` forever, printing
   * `begin <n>` before and `committed <n>` after batch n (1-based) on stdout.
   */
  readonly batchWriterCommand: (
    streamId: string,
    batchSize: number,
  ) => {
    readonly command: string;
    readonly args: ReadonlyArray<string>;
    readonly cwd?: string;
  };
  /** Replaces the storage by garbage bytes or by a database of another application. */
  readonly damage: (kind: "garbage" | "foreign") => Promise<void>;
  /** A fingerprint of the raw storage, to show a refused open did not change it. */
  readonly fingerprint: () => Promise<string>;
}

/** What an adapter's storage cannot give; each entry is the reason, printed with the contract's summary. */
export interface AdapterLimits {
  /** The storage has no index of event ids across streams, so an id stored in another stream is not seen. */
  readonly eventIdsSeenPerStreamOnly?: string;
  /** Positions are the storage's own numbers (increasing, not dense). */
  readonly sparsePositions?: string;
}

export type ContractOptions = (
  | { readonly durable: false; readonly reason?: string }
  | { readonly durable: true; readonly makeStorage: () => Promise<DurableStorage> }
) & { readonly limits?: AdapterLimits };

/** Fixed clock and counting id source, so stored envelopes are deterministic. */
export const testEnvironment = <E>(
  codec: StoreEnvironment<E>["codec"],
  idPrefix = "evt",
): StoreEnvironment<E> => {
  let next = 0;
  return {
    codec,
    clock: () => "2025-01-06T08:00:00.000Z",
    newEventId: () => `${idPrefix}-${String(++next).padStart(8, "0")}`,
  };
};
