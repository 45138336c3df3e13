/** Proves the test double against the real client: the wire behaviour the adapter relies on. */
import {
  EventStoreDBClient,
  jsonEvent,
  NO_STREAM,
  type ResolvedEvent,
  START,
  StreamNotFoundError,
  streamNameFilter,
  WrongExpectedVersionError,
} from "@eventstore/db-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EsdbTestDouble, startEsdbTestDouble } from "./index";

const collect = async (events: AsyncIterable<ResolvedEvent>): Promise<Array<ResolvedEvent>> => {
  const out: Array<ResolvedEvent> = [];
  for await (const e of events) out.push(e);
  return out;
};

const event = (n: number) =>
  jsonEvent({ type: "Counted", data: { n }, metadata: { schemaVersion: 1 } });

describe.each([
  { name: "BatchAppend", options: {}, appendMethod: "batchAppend" },
  {
    name: "Append (server without BatchAppend)",
    options: { batchAppend: false },
    appendMethod: "append",
  },
  {
    name: "Append (20.x server without ServerFeatures)",
    options: { serverFeatures: false },
    appendMethod: "append",
  },
])("esdb test double via $name", ({ options, appendMethod }) => {
  let double: EsdbTestDouble;
  let client: EventStoreDBClient;
  beforeAll(async () => {
    double = await startEsdbTestDouble({ ...options, now: () => 1_700_000_000_000 });
    client = EventStoreDBClient.connectionString(double.url);
  });
  afterAll(async () => {
    await client.dispose();
    await double.stop();
  });

  it("appends with an expected revision and reads the stream back", async () => {
    const first = await client.appendToStream("sag-1", [event(1), event(2)], {
      expectedRevision: NO_STREAM,
    });
    expect(first.nextExpectedRevision).toBe(1n);
    await client.appendToStream("sag-1", event(3), { expectedRevision: 1n });
    const read = await collect(client.readStream("sag-1"));
    expect(read.map((e) => [e.event?.revision, e.event?.type, e.event?.data])).toEqual([
      [0n, "Counted", { n: 1 }],
      [1n, "Counted", { n: 2 }],
      [2n, "Counted", { n: 3 }],
    ]);
    expect(read[0]?.event?.metadata).toEqual({ schemaVersion: 1 });
    expect(read[0]?.event?.created).toEqual(new Date(1_700_000_000_000));
    expect(double.callCounts()[appendMethod]).toBeGreaterThan(0);
  });

  it("rejects a stale expected revision with WrongExpectedVersionError", async () => {
    await client.appendToStream("sag-2", event(1), { expectedRevision: NO_STREAM });
    const failure = await client
      .appendToStream("sag-2", event(2), { expectedRevision: 5n })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WrongExpectedVersionError);
    expect(failure).toMatchObject({ streamName: "sag-2", expectedVersion: 5n, actualVersion: 0n });
  });

  it("reports a missing stream as StreamNotFoundError", async () => {
    await expect(collect(client.readStream("sag-missing"))).rejects.toBeInstanceOf(
      StreamNotFoundError,
    );
  });

  it("reads a stream backwards from its end with a max count", async () => {
    const read = await collect(
      client.readStream("sag-1", { direction: "backwards", fromRevision: "end", maxCount: 2 }),
    );
    expect(read.map((e) => e.event?.revision)).toEqual([2n, 1n]);
  });

  it("reads $all from a position inclusively, with strictly increasing sparse positions", async () => {
    const all = await collect(client.readAll());
    const positions = all.map((e) => e.event?.position?.commit ?? -1n);
    expect(all[0]?.event?.streamId).toBe("$settings");
    expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] ?? 0n) + 1n)).toBe(true);
    const third = all[2]?.event?.position;
    if (third === undefined) throw new Error("expected a third event in $all");
    const from = await collect(client.readAll({ fromPosition: third, maxCount: 1 }));
    expect(from[0]?.event?.id).toBe(all[2]?.event?.id);
  });

  it("catches up a prefix-filtered $all subscription, signals caught-up, then delivers live events", async () => {
    await client.appendToStream("other-1", event(0));
    const subscription = client.subscribeToAll({
      fromPosition: START,
      filter: streamNameFilter({ prefixes: ["sag-"] }),
    });
    const seen: Array<string> = [];
    const caughtUp = new Promise<void>((resolve) => subscription.once("caughtUp", () => resolve()));
    const live = new Promise<void>((resolve) =>
      subscription.on("data", (e: ResolvedEvent) => {
        seen.push(`${e.event?.streamId}@${e.event?.revision}`);
        if (e.event?.streamId === "sag-live") resolve();
      }),
    );
    await caughtUp;
    await client.appendToStream("other-2", event(0));
    await client.appendToStream("sag-live", event(9));
    await live;
    await subscription.unsubscribe();
    expect(seen).toEqual(["sag-1@0", "sag-1@1", "sag-1@2", "sag-2@0", "sag-live@0"]);
  });

  it("starts a subscription after (not at) its position", async () => {
    const all = await collect(
      client.readAll({ direction: "backwards", fromPosition: "end", maxCount: 1 }),
    );
    const last = all[0]?.event?.position;
    if (last === undefined) throw new Error("expected a last event");
    const subscription = client.subscribeToAll({ fromPosition: last });
    const first = new Promise<ResolvedEvent>((resolve) => subscription.once("data", resolve));
    await client.appendToStream("sag-after", event(1));
    expect((await first).event?.streamId).toBe("sag-after");
    await subscription.unsubscribe();
  });
});
