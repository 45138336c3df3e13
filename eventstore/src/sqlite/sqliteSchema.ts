/** Opens a SQLite file for sagsflow: refuses foreign or corrupt files untouched, then WAL and versioned migrations. */
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { Result } from "effect";
import { EventStoreError, toEventStoreError } from "../errors";

/** `PRAGMA application_id` marking a file as ours ("SAGS"), so foreign SQLite files are recognised. */
export const APPLICATION_ID = 0x53414753;

/** Migration n (1-based) brings `user_version` from n-1 to n. Append only; never edit a shipped one. */
export const MIGRATIONS: ReadonlyArray<string> = [
  `CREATE TABLE events (
     position INTEGER PRIMARY KEY AUTOINCREMENT,
     stream_id TEXT NOT NULL,
     version INTEGER NOT NULL,
     event_id TEXT NOT NULL UNIQUE,
     type TEXT NOT NULL,
     schema_version INTEGER NOT NULL,
     data TEXT NOT NULL,
     metadata TEXT,
     recorded_at TEXT NOT NULL,
     UNIQUE (stream_id, version)
   );
   CREATE TABLE streams (stream_id TEXT PRIMARY KEY, metadata TEXT NOT NULL);`,
];

const SQLITE_HEADER = "SQLite format 3\u0000";

/** Reads the 16-byte header without SQLite, so a garbage file is rejected before anything could write to it. */
const checkHeader = (path: string): EventStoreError | undefined => {
  if (!existsSync(path) || statSync(path).size === 0) return undefined;
  const header = Buffer.alloc(16);
  const fd = openSync(path, "r");
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString("latin1") === SQLITE_HEADER) return undefined;
  return new EventStoreError({
    reason: `${path} is not a SQLite database; refusing to open it (file left untouched)`,
  });
};

/** Accepts our own files and empty new ones; anything else is a clear error and is not modified. */
const checkOwnership = (db: Database.Database, path: string): EventStoreError | undefined => {
  const appId = db.pragma("application_id", { simple: true }) as number;
  if (appId === APPLICATION_ID) return undefined;
  const tables = db.prepare("SELECT count(*) FROM sqlite_master").pluck().get() as number;
  if (appId === 0 && tables === 0) return undefined;
  return new EventStoreError({
    reason: `${path} is a SQLite database of another application (application_id ${appId}, ${tables} schema objects); refusing to use it (file left untouched)`,
  });
};

const migrate = (db: Database.Database, path: string): EventStoreError | undefined => {
  const run = db.transaction(() => {
    const current = db.pragma("user_version", { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      return new EventStoreError({
        reason: `${path} has schema version ${current}, newer than this sagsflow (${MIGRATIONS.length})`,
      });
    }
    if (current === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    for (let v = current; v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    }
    return undefined;
  });
  // IMMEDIATE takes the write lock first, so two processes opening a new file do not both migrate it.
  return run.immediate();
};

export const openSagsflowDatabase = (
  path: string,
): Result.Result<Database.Database, EventStoreError> => {
  const headerProblem = checkHeader(path);
  if (headerProblem !== undefined) return Result.fail(headerProblem);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { timeout: 10_000 });
    const problem = checkOwnership(db, path);
    if (problem !== undefined) {
      db.close();
      return Result.fail(problem);
    }
    db.pragma("journal_mode = WAL");
    // WAL + NORMAL survives a killed process; only an OS crash may lose the last commits.
    db.pragma("synchronous = NORMAL");
    const migrationProblem = migrate(db, path);
    if (migrationProblem !== undefined) {
      db.close();
      return Result.fail(migrationProblem);
    }
    return Result.succeed(db);
  } catch (cause) {
    db?.close();
    return Result.fail(toEventStoreError(`cannot open SQLite event store ${path}`, cause));
  }
};
