/** Adapter behaviour beyond the shared contract, over the in-process gRPC test double (not a real server). */
import { Effect } from "effect";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type EsdbTestDouble, startEsdbTestDouble } from "../../testing/esdbTestDouble";
import { testEnvironment } from "../contract/contractTypes";
import { failureOf, run, take } from "../contract/runEffect";
import { note, type TestEvent, testEventCodec } from "../contract/testEvents";
import type { EventStore } from "../eventStore";
import { makeEventStoreDbStore } from "./makeEventStoreDbStore";

let double: EsdbTestDouble;
let store: EventStore<TestEvent>;

beforeEach(async () => {
  double = await startEsdbTestDouble();
  store = await run(
    makeEventStoreDbStore({
      url: double.url,
      ...testEnvironment(testEventCodec),
      retry: { attempts: 3, baseDelayMs: 5 },
    }),
  );
});

afterEach(async () => {
  await run(store.close());
  await double.stop();
});

describe("EventStoreDB adapter over the test double", () => {
  it("keeps the server's system events out of readAll", async () => {
    await run(store.append("sag-1", [note("1", "a")]));
    expect(double.log.allRecords().some((r) => r.streamName.startsWith("$"))).toBe(true);
    expect((await run(store.readAll())).map((e) => e.streamId)).toEqual(["sag-1"]);
  });

  it("stores correlation and causation ids where EventStoreDB's projections look for them", async () => {
    await run(
      store.append("sag-1", [note("1", "a")], {
        metadata: { correlationId: "c1", causationId: "k1" },
      }),
    );
    const stored = double.log.stream("sag-1")?.[0];
    const metadata = JSON.parse(new TextDecoder().decode(stored?.customMetadata));
    expect(metadata).toMatchObject({ $correlationId: "c1", $causationId: "k1", schemaVersion: 1 });
  });

  it("pages through $all with a prefix filter across pages of other streams", async () => {
    for (let i = 0; i < 30; i++) await run(store.append(`sim-r1-sag-${i}`, [note(String(i), "x")]));
    await run(store.append("sag-7", [note("7", "a")]));
    const small = await run(
      makeEventStoreDbStore({ url: double.url, ...testEnvironment(testEventCodec), pageSize: 4 }),
    );
    const read = await run(small.readAll({ streamPrefix: "sag-" }));
    expect(read.map((e) => e.streamId)).toEqual(["sag-7"]);
    const after = await run(small.readAll({ afterPosition: read[0]?.position ?? 0 }));
    expect(after).toEqual([]);
    await run(small.close());
  });

  it("retries an append that meets a transient UNAVAILABLE, within the bound", async () => {
    double.failNextCalls(2);
    const result = await run(store.append("sag-1", [note("1", "a")]));
    expect(result.appended).toBe(1);
    expect((await run(store.readStream("sag-1"))).length).toBe(1);
  });

  it("retries a server-filtered $all read that meets a transient UNAVAILABLE", async () => {
    await run(store.append("sag-1", [note("1", "a")]));
    double.failNextCalls(1);
    expect((await run(store.readAll({ streamPrefix: "sag-" }))).map((e) => e.streamId)).toEqual([
      "sag-1",
    ]);
  });

  it("gives up after the bounded number of attempts with an EventStoreError", async () => {
    double.failNextCalls(10);
    const error = await failureOf(store.readAll());
    expect(error).toMatchObject({ _tag: "EventStoreError" });
    expect(String((error as { reason?: unknown }).reason)).toMatch(/unavailable/i);
  });

  it("follows a prefix-filtered subscription from catch-up into live events", async () => {
    await run(store.append("sag-1", [note("1", "old")]));
    await run(store.append("sim-x-sag-1", [note("1", "simulated")]));
    const subscription = store.subscribe({ streamPrefix: "sag-" });
    const received = take(subscription, 3);
    await run(store.append("sim-x-sag-2", [note("2", "simulated")]));
    await run(store.append("sag-2", [note("2", "new"), note("2", "newer")]));
    const events = await received;
    expect(events.map((e) => [e.streamId, e.version])).toEqual([
      ["sag-1", 1],
      ["sag-2", 1],
      ["sag-2", 2],
    ]);
    const positions = events.map((e) => e.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("resumes a subscription after an exclusive checkpoint", async () => {
    await run(store.append("sag-1", [note("1", "a"), note("1", "b"), note("1", "c")]));
    const [, second] = await run(store.readAll());
    const events = await take(store.subscribe({ afterPosition: second?.position ?? 0 }), 1);
    expect(events.map((e) => e.event)).toEqual([note("1", "c")]);
  });

  it("ends a pending iteration when stopped", async () => {
    const subscription = store.subscribe({ streamPrefix: "sag-" });
    const iterator = subscription[Symbol.asyncIterator]();
    const pending = iterator.next();
    // The stream is empty, so next() is waiting for a live event: stopping must end it.
    subscription.stop();
    expect(await pending).toEqual({ done: true, value: undefined });
  });

  it("refuses an unparsable URL as EventStoreConfigInvalid", async () => {
    const error = await Effect.runPromise(
      Effect.flip(
        makeEventStoreDbStore({ url: "http://nope", ...testEnvironment(testEventCodec) }),
      ),
    );
    expect(error).toMatchObject({ _tag: "EventStoreConfigInvalid", variable: "EVENTSTOREDB_URL" });
  });
});
