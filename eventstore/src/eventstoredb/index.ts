/** EventStoreDB / KurrentDB adapter of the EventStore port, loaded for `SAGSFLOW_STORE=eventstoredb`. */
export { assertReachable, defaultConnectTimeoutMs } from "./assertReachable";
export { defaultRetryPolicy, type RetryPolicy } from "./esdbRetry";
export { EventStoreUnavailable, redactUrl } from "./eventStoreUnavailable";
export { type EventStoreDbStoreOptions, makeEventStoreDbStore } from "./makeEventStoreDbStore";
