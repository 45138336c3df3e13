/** @sagsflow/eventstore/node: the SQLite adapter and configuration from the environment (Node only). */
export * from "./index";
export {
  DEFAULT_EVENTSTOREDB_URL,
  DEFAULT_SQLITE_PATH,
  eventStoreLayerFromEnv,
  makeEventStoreFromEnv,
  type StoreFromEnvError,
} from "./makeEventStoreFromEnv";
export { openSqliteEventStore } from "./sqlite/sqliteEventStore";
export { openSqliteRecordStore, sqliteRecordStore } from "./sqlite/sqliteRecordStore";
export { APPLICATION_ID, MIGRATIONS, openSagsflowDatabase } from "./sqlite/sqliteSchema";
