/** Core contract, catch-up subscriptions: order, live events, checkpoints, prefixes, stopping. */
import { expect } from "vitest";
import type { MakeStore } from "./contractTypes";
import { run, take } from "./runEffect";
import { count, note } from "./testEvents";
import { type It, withStoreFrom } from "./withStore";

export const coreSubscriptionTests = (it: It, makeStore: MakeStore) => {
  const withStore = withStoreFrom(makeStore);

  it("delivers stored then live events in position order while appends race the reader", () =>
    withStore(async (store) => {
      for (let i = 0; i < 30; i++) await run(store.append(`sag-${i % 5}`, [count("x", i)]));
      const subscription = store.subscribe({ pageSize: 7, pollIntervalMs: 5 });
      const received = take(subscription, 90);
      for (let i = 30; i < 90; i += 3) {
        await run(
          store.append(`sag-${i % 5}`, [count("x", i), count("x", i + 1), count("x", i + 2)]),
        );
        // Yields to the reader between appends so they interleave; nothing waits on time here.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const events = await received;
      subscription.stop();
      expect(events.map((e) => (e.event as { by: number }).by)).toEqual(
        Array.from({ length: 90 }, (_, i) => i),
      );
      for (let i = 1; i < events.length; i++) {
        expect(events[i]?.position).toBeGreaterThan(events[i - 1]?.position as number);
      }
    }));

  it("resumes after a checkpoint without repeating or skipping events", () =>
    withStore(async (store) => {
      for (let i = 0; i < 10; i++) await run(store.append("sag-1", [count("1", i)]));
      const first = await take(store.subscribe({ pollIntervalMs: 5 }), 4);
      const checkpoint = first[first.length - 1]?.position as number;
      const rest = await take(store.subscribe({ afterPosition: checkpoint, pollIntervalMs: 5 }), 6);
      expect([...first, ...rest].map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }));

  it("sees only streams with the subscribed prefix", () =>
    withStore(async (store) => {
      await run(store.append("sim-r1-sag-1", [note("1", "sim")]));
      await run(store.append("sag-1", [note("1", "a")]));
      await run(store.append("rekruttering-1", [note("r", "b")]));
      await run(store.append("sag-2", [note("2", "c")]));
      const events = await take(store.subscribe({ streamPrefix: "sag-", pollIntervalMs: 5 }), 2);
      expect(events.map((e) => e.streamId)).toEqual(["sag-1", "sag-2"]);
    }));

  it("ends a waiting iteration when stopped", () =>
    withStore(async (store) => {
      await run(store.append("sag-1", [note("1", "a")]));
      const subscription = store.subscribe({ pollIntervalMs: 60_000 });
      const iterator = subscription[Symbol.asyncIterator]();
      expect((await iterator.next()).value?.position).toBeGreaterThan(0);
      // Caught up, so this next() waits for a poll a minute away: stopping must end it now.
      const waiting = iterator.next();
      subscription.stop();
      expect(await waiting).toEqual({ done: true, value: undefined });
    }));
};
