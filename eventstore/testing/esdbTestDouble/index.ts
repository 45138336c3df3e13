/** TEST DOUBLE: not an EventStoreDB server. In-process gRPC stand-in for adapter tests. */
export type { EsdbLog, StoredRecord } from "./esdbLog";
export {
  type EsdbTestDouble,
  type EsdbTestDoubleOptions,
  startEsdbTestDouble,
} from "./startEsdbTestDouble";
