/** Core contract, reads: missing streams, directions, paging, prefixes, a 100,000-event stream, decoding, metadata. */
import { expect } from "vitest";
import type { MakeStore } from "./contractTypes";
import { failureOf, run } from "./runEffect";
import {
  count,
  legacyNoteWriter,
  note,
  notesOnlyCodec,
  testEventCodec,
  upcastingCodec,
} from "./testEvents";
import { type It, withStoreFrom } from "./withStore";

export const coreReadTests = (it: It, makeStore: MakeStore) => {
  const withStore = withStoreFrom(makeStore);
  const fiveEvents = [1, 2, 3, 4, 5].map((i) => count("1", i));

  it("reports a missing stream as StreamNotFound", () =>
    withStore(async (store) => {
      await run(store.append("sag-other", [note("o", "x")]));
      expect(await failureOf(store.readStream("sag-missing"))).toMatchObject({
        _tag: "StreamNotFound",
        streamId: "sag-missing",
      });
    }));

  it("reads a stream backward from the end or from a version", () =>
    withStore(async (store) => {
      await run(store.append("sag-1", fiveEvents));
      const all = await run(store.readStream("sag-1", { direction: "backward" }));
      expect(all.map((e) => e.version)).toEqual([5, 4, 3, 2, 1]);
      const some = await run(
        store.readStream("sag-1", { direction: "backward", fromVersion: 3, maxCount: 2 }),
      );
      expect(some.map((e) => e.version)).toEqual([3, 2]);
    }));

  it("reads a stream forward from a version with a maximum count", () =>
    withStore(async (store) => {
      await run(store.append("sag-1", fiveEvents));
      const some = await run(store.readStream("sag-1", { fromVersion: 2, maxCount: 3 }));
      expect(some.map((e) => e.event)).toEqual(fiveEvents.slice(1, 4));
      expect(await run(store.readStream("sag-1", { fromVersion: 9 }))).toEqual([]);
    }));

  it("pages through all events in global order from a checkpoint", () =>
    withStore(async (store) => {
      for (let i = 0; i < 10; i++) await run(store.append(`sag-${i % 4}`, [count(String(i), i)]));
      const everything = await run(store.readAll());
      const paged = [];
      let checkpoint = 0;
      for (;;) {
        const page = await run(store.readAll({ afterPosition: checkpoint, maxCount: 3 }));
        if (page.length === 0) break;
        paged.push(...page);
        checkpoint = (page[page.length - 1] as { position: number }).position;
      }
      expect(paged).toEqual(everything);
      expect(everything.map((e) => (e.event as { by: number }).by)).toEqual([
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
      ]);
    }));

  it("keeps simulated streams out of a sag- prefix read", () =>
    withStore(async (store) => {
      await run(store.append("sag-1", [note("1", "historisk")]));
      await run(store.append("sim-run7-sag-1", [note("1", "simuleret")]));
      await run(store.append("rekruttering-9", [note("9", "anmodning")]));
      const history = await run(store.readAll({ streamPrefix: "sag-" }));
      expect(history.map((e) => e.streamId)).toEqual(["sag-1"]);
      const simulated = await run(store.readAll({ streamPrefix: "sim-run7-" }));
      expect(simulated.map((e) => e.streamId)).toEqual(["sim-run7-sag-1"]);
    }));

  it(
    "reads back a 100,000-event stream intact",
    () =>
      withStore(async (store) => {
        const total = 100_000;
        for (let start = 0; start < total; start += 10_000) {
          const events = Array.from({ length: 10_000 }, (_, i) => count("big", start + i));
          await run(store.append("sag-big", events, { expectedVersion: start }));
        }
        const read = await run(store.readStream("sag-big"));
        expect(read.length).toBe(total);
        const broken = read.findIndex(
          (e, i) => e.version !== i + 1 || (e.event as { by: number }).by !== i,
        );
        expect(broken).toBe(-1);
      }),
    120_000,
  );

  it("names the type and position of an unknown stored event instead of crashing", () =>
    withStore(async (store, readWith) => {
      await run(store.append("sag-1", [note("1", "a"), count("1", 2)]));
      readWith(notesOnlyCodec);
      const error = await failureOf(store.readStream("sag-1"));
      expect(error).toMatchObject({ _tag: "UnknownEventType", type: "CounterIncremented" });
      expect(await failureOf(store.readAll())).toMatchObject({
        _tag: "UnknownEventType",
        type: "CounterIncremented",
      });
      readWith(testEventCodec);
      const positions = (await run(store.readAll())).map((e) => e.position);
      expect((error as { position: number }).position).toBe(positions[1]);
    }));

  it("upcasts an old event version to the current one on read", () =>
    withStore(async (store, readWith) => {
      await run(store.append("sag-1", [note("1", "gammel form"), count("1", 1)]));
      readWith(upcastingCodec);
      const read = await run(store.readStream("sag-1"));
      expect(read.map((e) => e.event)).toEqual([note("1", "gammel form"), count("1", 1)]);
    }, legacyNoteWriter));

  it("stores and replaces stream metadata", () =>
    withStore(async (store) => {
      expect(await run(store.streamMetadata.get("sag-1"))).toBeUndefined();
      await run(store.streamMetadata.set("sag-1", { kilde: "import", år: 2024 }));
      await run(store.streamMetadata.set("sag-1", { kilde: "import æøå", år: 2025 }));
      expect(await run(store.streamMetadata.get("sag-1"))).toEqual({
        kilde: "import æøå",
        år: 2025,
      });
    }));
};
