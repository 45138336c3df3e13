// `sagsflow run --store`: one replication's streams appended as sim-<runId>-…; an unavailable store exits 3.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { domainEventCodec, openSqliteEventStore } from "@sagsflow/eventstore/node";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { BASELINE, SMALL, spawnCli } from "../testing/spawnCli";

const T = 60_000;

describe("sagsflow run --store", () => {
  it(
    "appends simulated streams to SQLite, and storing the same run again adds nothing",
    async () => {
      const db = join(mkdtempSync(join(tmpdir(), "sagsflow-store-")), "sim.db");
      const args = [
        "run",
        BASELINE,
        ...SMALL,
        "--workers",
        "1",
        "--json",
        "--store",
        "--run-id",
        "t1",
      ];
      const env = { SAGSFLOW_STORE: "sqlite", SAGSFLOW_DB: db };
      const first = await spawnCli(args, env);
      expect(first.code).toBe(0);
      const stored = JSON.parse(first.stdout).stored;
      expect(stored).toMatchObject({ runId: "t1", store: `sqlite ${db}` });
      expect((await spawnCli(args, env)).code).toBe(0);
      const events = await Effect.runPromise(
        Effect.acquireUseRelease(
          openSqliteEventStore(db, { codec: domainEventCodec }),
          (store) => store.readAll({ streamPrefix: "sim-t1-" }),
          (store) => Effect.ignore(store.close()),
        ),
      );
      expect(events).toHaveLength(stored.events);
      expect(events[0]?.streamId).toMatch(/^sim-t1-(sag|rekruttering)-/);
    },
    T,
  );

  it(
    "exits 3 with one line naming the EventStoreDB URL when no server answers",
    async () => {
      const r = await spawnCli(
        ["run", BASELINE, "--replications", "1", "--cases", "50", "--store"],
        {
          SAGSFLOW_STORE: "eventstoredb",
          EVENTSTOREDB_URL: "esdb://admin:secret@127.0.0.1:1?tls=false",
        },
      );
      expect(r.code).toBe(3);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain("esdb://admin:***@127.0.0.1:1");
      expect(r.stderr).not.toContain("secret");
    },
    T,
  );

  it("gives up on esdb://127.0.0.1:1?tls=false within 15 s: exit 3, one stderr line naming the URL", async () => {
    const url = "esdb://127.0.0.1:1?tls=false";
    const r = await spawnCli(["run", BASELINE, "--replications", "1", "--cases", "50", "--store"], {
      SAGSFLOW_STORE: "eventstoredb",
      EVENTSTOREDB_URL: url,
    });
    expect(r.code).toBe(3);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(url);
  }, 15_000);

  it(
    "rejects a run id that would break stream names (exit 2)",
    async () => {
      const r = await spawnCli(["run", BASELINE, ...SMALL, "--store", "--run-id", "a-sag-b"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("run-id = a-sag-b");
    },
    T,
  );
});
