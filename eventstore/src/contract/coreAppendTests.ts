/** Core contract, appends: order, optimistic concurrency, positions, idempotency, batch atomicity, payloads. */
import { expect } from "vitest";
import type { MakeStore } from "./contractTypes";
import { failureOf, run } from "./runEffect";
import { count, note } from "./testEvents";
import { type It, withStoreFrom } from "./withStore";

export const coreAppendTests = (it: It, makeStore: MakeStore) => {
  const withStore = withStoreFrom(makeStore);

  it("keeps the order of events within a stream, numbering versions from 1", () =>
    withStore(async (store) => {
      await run(store.append("sag-1", [note("1", "a"), note("1", "b")]));
      await run(store.append("sag-1", [count("1", 3)]));
      const read = await run(store.readStream("sag-1"));
      expect(read.map((e) => e.event)).toEqual([note("1", "a"), note("1", "b"), count("1", 3)]);
      expect(read.map((e) => e.version)).toEqual([1, 2, 3]);
    }));

  it("returns the next expected version and last position", () =>
    withStore(async (store) => {
      const first = await run(store.append("sag-1", [note("1", "a"), note("1", "b")]));
      expect(first).toMatchObject({ streamId: "sag-1", nextExpectedVersion: 2, appended: 2 });
      const second = await run(store.append("sag-1", [note("1", "c")], { expectedVersion: 2 }));
      expect(second.nextExpectedVersion).toBe(3);
      expect(second.lastPosition).toBeGreaterThan(first.lastPosition);
    }));

  it("accepts noStream only for a new stream", () =>
    withStore(async (store) => {
      await run(store.append("sag-1", [note("1", "a")], { expectedVersion: "noStream" }));
      const error = await failureOf(
        store.append("sag-1", [note("1", "b")], { expectedVersion: "noStream" }),
      );
      expect(error).toMatchObject({
        _tag: "WrongExpectedVersion",
        streamId: "sag-1",
        expected: "noStream",
        actual: 1,
      });
    }));

  it("rejects a stale exact version with a typed error and writes nothing", () =>
    withStore(async (store) => {
      await run(store.append("sag-1", [note("1", "a"), note("1", "b")]));
      const error = await failureOf(
        store.append("sag-1", [note("1", "x"), note("1", "y")], { expectedVersion: 1 }),
      );
      expect(error).toMatchObject({ _tag: "WrongExpectedVersion", expected: 1, actual: 2 });
      expect((await run(store.readStream("sag-1"))).length).toBe(2);
      expect((await run(store.readAll())).length).toBe(2);
    }));

  it("gives strictly increasing global positions across interleaved streams", () =>
    withStore(async (store) => {
      for (let i = 0; i < 20; i++)
        await run(store.append(`sag-${i % 3}`, [count(String(i % 3), i), note("x", "y")]));
      const positions = (await run(store.readAll())).map((e) => e.position);
      expect(positions.length).toBe(40);
      for (let i = 1; i < positions.length; i++)
        expect(positions[i]).toBeGreaterThan(positions[i - 1] as number);
    }));

  it("does not store an event id twice, so a retried append is harmless", () =>
    withStore(async (store) => {
      const eventIds = ["id-a", "id-b"];
      await run(
        store.append("sag-1", [note("1", "a"), note("1", "b")], {
          eventIds,
          expectedVersion: "noStream",
        }),
      );
      const retry = await run(
        store.append("sag-1", [note("1", "a"), note("1", "b")], {
          eventIds,
          expectedVersion: "noStream",
        }),
      );
      expect(retry.appended).toBe(0);
      const read = await run(store.readStream("sag-1"));
      expect(read.map((e) => e.eventId)).toEqual(eventIds);
    }));

  it("stores an id repeated within one append once", () =>
    withStore(async (store) => {
      await run(
        store.append("sag-1", [note("1", "a"), note("1", "a")], { eventIds: ["same", "same"] }),
      );
      expect((await run(store.readAll())).length).toBe(1);
    }));

  it("writes nothing from a batch when one event is invalid", () =>
    withStore(async (store) => {
      const error = await failureOf(
        store.appendBatch([
          { streamId: "sag-1", events: [note("1", "a")] },
          { streamId: "sag-2", events: [count("2", 1), count("2", 1.5)] },
        ]),
      );
      expect(error).toMatchObject({
        _tag: "EventEncodeFailed",
        streamId: "sag-2",
        index: 1,
        type: "CounterIncremented",
      });
      expect(await run(store.readAll())).toEqual([]);
    }));

  it("writes nothing from a batch when one stream has a version conflict", () =>
    withStore(async (store) => {
      await run(store.append("sag-2", [note("2", "a")]));
      const error = await failureOf(
        store.appendBatch([
          { streamId: "sag-1", events: [note("1", "a")], expectedVersion: "noStream" },
          { streamId: "sag-2", events: [note("2", "b")], expectedVersion: "noStream" },
        ]),
      );
      expect(error).toMatchObject({ _tag: "WrongExpectedVersion", streamId: "sag-2" });
      expect((await run(store.readAll())).length).toBe(1);
    }));

  it("keeps æøå in stream ids, payloads and metadata", () =>
    withStore(async (store) => {
      const text = "Sygemelding modtaget på Ærøskøbing jobcenter: Åse Øster 😀";
      await run(
        store.append("sag-æøå", [note("æøå", text)], { metadata: { correlationId: "kørsel-Å" } }),
      );
      const [read] = await run(store.readStream("sag-æøå"));
      expect(read?.event).toEqual(note("æøå", text));
      expect(read?.metadata).toEqual({ correlationId: "kørsel-Å" });
    }));

  it("keeps a 1 MB payload intact", () =>
    withStore(async (store) => {
      const content = "æøå-0123456789".repeat(80_000);
      await run(store.append("sag-big", [{ _tag: "AttachmentStored", caseId: "big", content }]));
      const [read] = await run(store.readStream("sag-big"));
      expect(read?.event).toEqual({ _tag: "AttachmentStored", caseId: "big", content });
    }));

  it("records the envelope apart from the payload: event id, clock time or given time, metadata", () =>
    withStore(async (store) => {
      await run(
        store.append("sag-1", [note("1", "a")], {
          metadata: { correlationId: "c1", causationId: "k1" },
        }),
      );
      await run(
        store.append("sag-1", [note("1", "b")], {
          recordedAt: "2024-12-24T12:00:00.000Z",
          eventIds: ["mine"],
        }),
      );
      const [a, b] = await run(store.readStream("sag-1"));
      expect(a).toMatchObject({
        type: "NoteAdded",
        recordedAt: "2025-01-06T08:00:00.000Z",
        eventId: "evt-00000001",
      });
      expect(a?.metadata).toEqual({ correlationId: "c1", causationId: "k1" });
      expect(b).toMatchObject({
        recordedAt: "2024-12-24T12:00:00.000Z",
        eventId: "mine",
        metadata: undefined,
      });
    }));
};
