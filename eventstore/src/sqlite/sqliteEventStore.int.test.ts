/** The SQLite adapter runs the whole contract, core and durability, on temporary files. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll } from "vitest";
import { eventStoreContract } from "../contract";
import { openSqliteEventStore } from "./sqliteEventStore";

const dir = mkdtempSync(join(tmpdir(), "sagsflow-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshPath = () => join(dir, `store-${++files}.db`);
const writer = fileURLToPath(new URL("./sqliteBatchWriter.ts", import.meta.url));
const packageRoot = fileURLToPath(new URL("../..", import.meta.url));

eventStoreContract("sqlite", (environment) => openSqliteEventStore(freshPath(), environment), {
  durable: true,
  makeStorage: async () => {
    const path = freshPath();
    return {
      open: (environment) => openSqliteEventStore(path, environment),
      batchWriterCommand: (streamId, batchSize) => ({
        command: process.execPath,
        args: ["--import", "tsx", writer, path, streamId, String(batchSize)],
        cwd: packageRoot,
      }),
      damage: async (kind) => {
        if (kind === "garbage") {
          writeFileSync(path, Buffer.from("dette er ikke en database\n".repeat(200)));
          return;
        }
        const foreign = new Database(path);
        foreign.exec(
          "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Åse')",
        );
        foreign.close();
      },
      fingerprint: async () => createHash("sha256").update(readFileSync(path)).digest("hex"),
    };
  },
});
