/** Store selection from SAGSFLOW_STORE / SAGSFLOW_DB. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { note, testEnvironment, testEventCodec } from "./contract";
import { failureOf, run } from "./contract/runEffect";
import { makeEventStoreFromEnv } from "./makeEventStoreFromEnv";

const dir = mkdtempSync(join(tmpdir(), "sagsflow-env-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = testEnvironment(testEventCodec);

describe("makeEventStoreFromEnv", () => {
  it("opens an in-memory store for SAGSFLOW_STORE=memory", async () => {
    const store = await run(makeEventStoreFromEnv({ SAGSFLOW_STORE: "memory" }, env));
    await run(store.append("sag-1", [note("1", "a")]));
    expect((await run(store.readAll())).length).toBe(1);
  });

  it("creates the folder of SAGSFLOW_DB and opens SQLite there", async () => {
    const path = join(dir, "nested", "deeper", "sagsflow.db");
    const store = await run(
      makeEventStoreFromEnv({ SAGSFLOW_STORE: "sqlite", SAGSFLOW_DB: path }, env),
    );
    await run(store.append("sag-1", [note("1", "a")]));
    await run(store.close());
    expect(existsSync(path)).toBe(true);
  });

  it("names the variable and value of an unknown store kind", async () => {
    const error = await failureOf(makeEventStoreFromEnv({ SAGSFLOW_STORE: "postgres" }, env));
    expect(error).toMatchObject({
      _tag: "EventStoreConfigInvalid",
      variable: "SAGSFLOW_STORE",
      value: "postgres",
    });
  });
});
