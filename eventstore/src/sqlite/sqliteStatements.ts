/** The prepared statements of the SQLite adapter, prepared once per connection. */
import type Database from "better-sqlite3";

/** Rows come back as arrays (`.raw()`), which is measurably faster than objects on the read-all path. */
export type Row = readonly [
  position: number,
  streamId: string,
  version: number,
  eventId: string,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string | null,
  recordedAt: string,
];

const COLUMNS =
  "position, stream_id, version, event_id, type, schema_version, data, metadata, recorded_at";

export const prepareStatements = (db: Database.Database) => ({
  streamVersion: db.prepare("SELECT max(version) FROM events WHERE stream_id = ?").pluck(),
  storedIn: db.prepare("SELECT stream_id FROM events WHERE event_id = ?").pluck(),
  lastPosition: db.prepare("SELECT max(position) FROM events").pluck(),
  insert: db.prepare(
    "INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  ),
  readForward: db
    .prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND version >= ? ORDER BY version LIMIT ?`,
    )
    .raw(),
  readBackward: db
    .prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND version <= ? ORDER BY version DESC LIMIT ?`,
    )
    .raw(),
  readAll: db
    .prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`)
    .raw(),
  // substr/length count characters on both sides, so non-ASCII prefixes compare correctly.
  readAllPrefix: db
    .prepare(
      `SELECT ${COLUMNS} FROM events WHERE position > ? AND substr(stream_id, 1, length(?)) = ? ORDER BY position LIMIT ?`,
    )
    .raw(),
  getMetadata: db.prepare("SELECT metadata FROM streams WHERE stream_id = ?").pluck(),
  setMetadata: db.prepare(
    "INSERT INTO streams (stream_id, metadata) VALUES (?, ?) ON CONFLICT (stream_id) DO UPDATE SET metadata = excluded.metadata",
  ),
});

export type Statements = ReturnType<typeof prepareStatements>;
