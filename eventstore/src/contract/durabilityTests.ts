/** Durability contract: racing connections, SIGKILL mid-batch, reopen, and refusing damaged storage untouched. */
import { spawn } from "node:child_process";
import { expect } from "vitest";
import type { DurableStorage } from "./contractTypes";
import { testEnvironment } from "./contractTypes";
import { failureOf, run } from "./runEffect";
import { count, note, testEventCodec } from "./testEvents";

type It = (name: string, body: () => Promise<void>, timeout?: number) => void;

/** Runs the writer until it has begun batch `killAt`, then SIGKILLs it; resolves with the last committed batch. */
const killDuringBatch = (
  storage: DurableStorage,
  streamId: string,
  batchSize: number,
  killAt: number,
) =>
  new Promise<number>((resolve, reject) => {
    const { command, args, cwd } = storage.batchWriterCommand(streamId, batchSize);
    const child = spawn(command, [...args], {
      stdio: ["ignore", "pipe", "pipe"],
      ...(cwd ? { cwd } : {}),
    });
    let committed = 0;
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.stdout.on("data", (chunk: Buffer) => {
      for (const line of String(chunk).split("\n")) {
        const [word, n] = line.split(" ");
        if (word === "committed") committed = Number(n);
        // A short pause lands the kill inside the transaction of the batch that has just begun.
        if (word === "begin" && Number(n) === killAt) setTimeout(() => child.kill("SIGKILL"), 3);
      }
    });
    child.on("exit", (_code, signal) =>
      signal === "SIGKILL"
        ? resolve(committed)
        : reject(new Error(`writer exited early: ${stderr}`)),
    );
  });

export const durabilityTests = (it: It, makeStorage: () => Promise<DurableStorage>) => {
  it("lets exactly one of two connections win a race on one stream", async () => {
    const storage = await makeStorage();
    const a = await run(storage.open(testEnvironment(testEventCodec, "a")));
    const b = await run(storage.open(testEnvironment(testEventCodec, "b")));
    const outcomes = await Promise.all(
      [a, b].map((store, i) =>
        run(
          store.append("sag-race", [note("race", `vinder ${i}`)], { expectedVersion: "noStream" }),
        ).then(
          () => "won",
          (error: unknown) => (error as { _tag?: string })._tag ?? "other",
        ),
      ),
    );
    expect([...outcomes].sort()).toEqual(["WrongExpectedVersion", "won"]);
    const winner = outcomes.indexOf("won");
    expect((await run(b.readStream("sag-race"))).map((e) => e.event)).toEqual([
      note("race", `vinder ${winner}`),
    ]);
    await run(a.close());
    await run(b.close());
  });

  it("leaves a batch all or nothing when the writing process is killed mid-batch", async () => {
    const storage = await makeStorage();
    const batchSize = 20_000;
    const committed = await killDuringBatch(storage, "sag-kill", batchSize, 3);
    const store = await run(storage.open(testEnvironment(testEventCodec, "after")));
    const events = await run(store.readStream("sag-kill"));
    expect(events.length % batchSize).toBe(0);
    expect(events.length).toBeGreaterThanOrEqual(committed * batchSize);
    expect(events.every((e, i) => e.version === i + 1)).toBe(true);
    await run(store.close());
  }, 60_000);

  it("keeps events, versions, positions and metadata across close and reopen", async () => {
    const storage = await makeStorage();
    const first = await run(storage.open(testEnvironment(testEventCodec, "first")));
    await run(first.append("sag-1", [note("1", "før"), count("1", 2)]));
    await run(first.append("sag-2", [note("2", "æøå")]));
    await run(first.streamMetadata.set("sag-1", { kilde: "test" }));
    const before = await run(first.readAll());
    await run(first.close());
    const second = await run(storage.open(testEnvironment(testEventCodec, "second")));
    expect(await run(second.readAll())).toEqual(before);
    expect(await run(second.streamMetadata.get("sag-1"))).toEqual({ kilde: "test" });
    const next = await run(second.append("sag-1", [note("1", "efter")], { expectedVersion: 2 }));
    expect(next.lastPosition).toBeGreaterThan(before[before.length - 1]?.position as number);
    await run(second.close());
  });

  for (const kind of ["garbage", "foreign"] as const) {
    it(`refuses ${kind} storage with a clear error and leaves it untouched`, async () => {
      const storage = await makeStorage();
      await storage.damage(kind);
      const before = await storage.fingerprint();
      const error = await failureOf(storage.open(testEnvironment(testEventCodec)));
      expect(error._tag).toBe("EventStoreError");
      expect(error.reason).toMatch(/refusing|not a|another application/);
      expect(await storage.fingerprint()).toBe(before);
    });
  }
};
