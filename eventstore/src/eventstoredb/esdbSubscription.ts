/**
 * The port's catch-up subscription on EventStoreDB's own `$all` subscription (server-side stream-prefix
 * filter, catch-up then live push), resubscribing from the last delivered position on transient failures.
 */
import {
  type EventStoreDBClient,
  type ResolvedEvent,
  START,
  streamNameFilter,
} from "@eventstore/db-client";
import { Result } from "effect";
import { decodeRecords } from "../decodeRecords";
import { toEventStoreError } from "../errors";
import type { EventCodec } from "../eventCodec";
import type { RecordedEvent, SubscribeOptions, Subscription } from "../eventStore";
import { fromResolved, logPosition } from "./esdbRecordMapping";
import { isTransient, type RetryPolicy } from "./esdbRetry";

type Item =
  | { readonly kind: "event"; readonly event: ResolvedEvent }
  | { readonly kind: "error"; readonly error: unknown };

/** Above this many undelivered events the gRPC stream is paused (backpressure to the server). */
const HIGH_WATER = 1_000;

export const esdbSubscription = <E>(
  client: EventStoreDBClient,
  codec: EventCodec<E>,
  retry: RetryPolicy,
  options: SubscribeOptions,
): Subscription<E> => {
  const queue: Array<Item> = [];
  let wake: (() => void) | undefined;
  let stopped = false;
  let live: ReturnType<EventStoreDBClient["subscribeToAll"]> | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  // System streams start with `$`; without a prefix they are excluded by the server, not here.
  const filter =
    options.streamPrefix === undefined
      ? streamNameFilter({ regex: "^[^$]" })
      : streamNameFilter({ prefixes: [options.streamPrefix] });

  const open = (after: number) => {
    const subscription = client.subscribeToAll({
      fromPosition: after === 0 ? START : logPosition(after),
      filter,
    });
    subscription.on("data", (event: ResolvedEvent) => {
      queue.push({ kind: "event", event });
      if (queue.length >= HIGH_WATER) subscription.pause();
      notify();
    });
    subscription.on("error", (error: unknown) => {
      queue.push({ kind: "error", error });
      notify();
    });
    live = subscription;
  };

  const take = async (): Promise<Item | undefined> => {
    while (queue.length === 0 && !stopped)
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    const item = queue.shift();
    if (queue.length < HIGH_WATER / 2) live?.resume();
    return stopped ? undefined : item;
  };

  async function* iterate(): AsyncGenerator<RecordedEvent<E>> {
    let checkpoint = options.afterPosition ?? 0;
    let failures = 0;
    open(checkpoint);
    try {
      for (let item = await take(); item !== undefined; item = await take()) {
        if (item.kind === "error") {
          failures += 1;
          if (!isTransient(item.error) || failures >= retry.attempts)
            throw toEventStoreError("EventStoreDB subscription", item.error);
          await live?.unsubscribe();
          queue.length = 0;
          open(checkpoint);
          continue;
        }
        failures = 0;
        const record = fromResolved(item.event);
        if (record === undefined || record.position <= checkpoint) continue;
        const decoded = decodeRecords(codec, [record]);
        if (Result.isFailure(decoded)) throw decoded.failure;
        checkpoint = record.position;
        yield* decoded.success;
      }
    } finally {
      await live?.unsubscribe();
    }
  }

  return {
    stop: () => {
      stopped = true;
      notify();
    },
    [Symbol.asyncIterator]: () => iterate(),
  };
};
