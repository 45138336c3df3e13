/**
 * Test helper: gives a store on a shared, non-empty server (a real EventStoreDB) a private namespace,
 * so each contract test sees "fresh, empty storage" without wiping anyone's data.
 */
import { Effect } from "effect";
import { EventEncodeFailed, StreamNotFound, WrongExpectedVersion } from "../src/errors";
import type { EventStore, RecordedEvent, Subscription } from "../src/eventStore";

/** Errors that name a stream get the caller's stream id back; others pass unchanged. */
const unprefixError =
  (namespace: string) =>
  <X>(error: X): X => {
    const streamId = (error as { streamId?: unknown }).streamId;
    if (typeof streamId !== "string" || !streamId.startsWith(namespace)) return error;
    const inner = streamId.slice(namespace.length);
    if (error instanceof StreamNotFound) return new StreamNotFound({ streamId: inner }) as X;
    if (error instanceof WrongExpectedVersion)
      return new WrongExpectedVersion({ ...error, streamId: inner }) as X;
    if (error instanceof EventEncodeFailed)
      return new EventEncodeFailed({ ...error, streamId: inner }) as X;
    return error;
  };

const strip =
  (namespace: string) =>
  <E>(event: RecordedEvent<E>): RecordedEvent<E> => ({
    ...event,
    streamId: event.streamId.slice(namespace.length),
  });

const namespacedSubscription = <E>(inner: Subscription<E>, namespace: string): Subscription<E> => ({
  stop: inner.stop,
  async *[Symbol.asyncIterator]() {
    for await (const event of inner) yield strip(namespace)(event);
  },
});

/** Prefixes every stream id with `namespace` on the way in and removes it on the way out. */
export const namespacedEventStore = <E>(store: EventStore<E>, namespace: string): EventStore<E> => {
  const out = strip(namespace);
  const fixError = unprefixError(namespace);
  const within = (prefix: string | undefined) => ({ streamPrefix: `${namespace}${prefix ?? ""}` });
  return {
    append: (streamId, events, options) =>
      Effect.mapBoth(store.append(`${namespace}${streamId}`, events, options), {
        onFailure: fixError,
        onSuccess: (r) => ({ ...r, streamId }),
      }),
    appendBatch: (appends) =>
      Effect.mapBoth(
        store.appendBatch(appends.map((a) => ({ ...a, streamId: `${namespace}${a.streamId}` }))),
        {
          onFailure: fixError,
          onSuccess: (results) =>
            results.map((r) => ({ ...r, streamId: r.streamId.slice(namespace.length) })),
        },
      ),
    readStream: (streamId, options) =>
      Effect.mapBoth(store.readStream(`${namespace}${streamId}`, options), {
        onFailure: fixError,
        onSuccess: (events) => events.map(out),
      }),
    readAll: (options = {}) =>
      Effect.map(store.readAll({ ...options, ...within(options.streamPrefix) }), (events) =>
        events.map(out),
      ),
    subscribe: (options = {}) =>
      namespacedSubscription(
        store.subscribe({ ...options, ...within(options.streamPrefix) }),
        namespace,
      ),
    streamMetadata: {
      get: (streamId) => store.streamMetadata.get(`${namespace}${streamId}`),
      set: (streamId, metadata) => store.streamMetadata.set(`${namespace}${streamId}`, metadata),
    },
    close: store.close,
  };
};
