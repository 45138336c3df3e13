/**
 * Core contract, event ids and positions (docs/decisions/0190): the same id to the same stream is a harmless retry,
 * an id used in another stream is an `EventIdConflict` naming the id and both streams, and no refused or repeated
 * append leaves a gap in the global positions.
 */
import { expect } from "vitest";
import type { AdapterLimits, MakeStore } from "./contractTypes";
import { failureOf, run } from "./runEffect";
import { count, note } from "./testEvents";
import { type It, withStoreFrom } from "./withStore";

export const eventIdTests = (it: It, makeStore: MakeStore, limits: AdapterLimits) => {
  const withStore = withStoreFrom(makeStore);

  it("treats the same id to the same stream as a no-op, even with a stale expected version", () =>
    withStore(async (store) => {
      await run(store.append("sag-1", [note("1", "a")], { eventIds: ["id-a"] }));
      await run(store.append("sag-1", [note("1", "b")], { eventIds: ["id-b"] }));
      const retry = await run(
        store.append("sag-1", [note("1", "a")], {
          eventIds: ["id-a"],
          expectedVersion: "noStream",
        }),
      );
      expect(retry).toMatchObject({ appended: 0, nextExpectedVersion: 2 });
      expect((await run(store.readAll())).map((e) => e.eventId)).toEqual(["id-a", "id-b"]);
    }));

  it("refuses an id given for two streams in one batch, naming it, and writes nothing", () =>
    withStore(async (store) => {
      const error = await failureOf(
        store.appendBatch([
          { streamId: "sag-1", events: [note("1", "a")], eventIds: ["twice"] },
          { streamId: "sag-2", events: [note("2", "a")], eventIds: ["twice"] },
        ]),
      );
      expect(error).toMatchObject({
        _tag: "EventIdConflict",
        eventId: "twice",
        streamId: "sag-2",
        storedIn: "sag-1",
      });
      expect(await run(store.readAll())).toEqual([]);
    }));

  if (limits.eventIdsSeenPerStreamOnly === undefined) {
    it("refuses an id already stored in another stream, even with a stale expected version", () =>
      withStore(async (store) => {
        await run(store.append("sag-1", [note("1", "a")], { eventIds: ["used"] }));
        for (const expectedVersion of ["any", 7, "noStream"] as const) {
          const error = await failureOf(
            store.append("sag-2", [note("2", "x"), note("2", "b")], {
              eventIds: ["fresh", "used"],
              expectedVersion,
            }),
          );
          expect(error).toMatchObject({
            _tag: "EventIdConflict",
            eventId: "used",
            streamId: "sag-2",
            storedIn: "sag-1",
          });
        }
        const retried = await failureOf(
          store.append("sag-2", [note("2", "b")], { eventIds: ["used"], expectedVersion: 3 }),
        );
        expect(retried).toMatchObject({ _tag: "EventIdConflict", storedIn: "sag-1" });
        expect((await run(store.readAll())).map((e) => e.streamId)).toEqual(["sag-1"]);
      }));
  }

  if (limits.sparsePositions === undefined) {
    it("numbers global positions 1, 2, 3, ... without gaps after retries, repeats and refusals", () =>
      withStore(async (store) => {
        await run(
          store.append("sag-1", [count("1", 1), count("1", 2)], { eventIds: ["p1", "p2"] }),
        );
        await run(
          store.append("sag-1", [count("1", 1), count("1", 2)], { eventIds: ["p1", "p2"] }),
        );
        await run(
          store.append("sag-1", [count("1", 3), count("1", 3)], { eventIds: ["p3", "p3"] }),
        );
        await run(
          store.append("sag-1", [count("1", 2), count("1", 4)], { eventIds: ["p2", "p4"] }),
        );
        await failureOf(store.append("sag-2", [count("2", 1)], { eventIds: ["p1"] }));
        await failureOf(store.append("sag-1", [count("1", 9)], { expectedVersion: 1 }));
        await failureOf(
          store.appendBatch([
            { streamId: "sag-3", events: [count("3", 1)], eventIds: ["q1"] },
            { streamId: "sag-4", events: [count("4", 1)], eventIds: ["q1"] },
          ]),
        );
        await run(store.append("sag-2", [count("2", 1)], { eventIds: ["p5"] }));
        const all = await run(store.readAll());
        expect(all.map((e) => e.eventId)).toEqual(["p1", "p2", "p3", "p4", "p5"]);
        expect(all.map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
      }));
  }
};
