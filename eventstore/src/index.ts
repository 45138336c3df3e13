/** @sagsflow/eventstore: the EventStore port, codec, errors, stream names and the in-memory adapter (no `node:` imports). */
export * from "./errors";
export type { EncodedEvent, EventCodec } from "./eventCodec";
export * from "./eventStore";
export { schemaCodec, tagsOf, type SchemaCodecOptions, type Upcaster } from "./schemaCodec";
export type { NewRecord, RecordStore, StoredRecord, StreamWrite } from "./recordStore";
export {
  checkExpectedVersion,
  planWrites,
  withoutDuplicates,
  type PlanLookups,
} from "./expectedVersion";
export { typedEventStore, type StoreEnvironment } from "./typedEventStore";
export { decodeRecords } from "./decodeRecords";
export { makeMemoryEventStore } from "./memory/memoryEventStore";
export { makeMemoryRecordStore } from "./memory/memoryRecordStore";
export * from "./streamNames";
export { domainEventCodec } from "./domainEventCodec";
