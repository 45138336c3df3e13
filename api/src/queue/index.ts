/**
 * `@sagsflow/api/queue`: the Redis queue backend (docs/scale-out.md) for tools and benchmarks: the coordinator's
 * side, the worker's side, the settings, and the test support that starts a throwaway redis-server and workers.
 */
export { DEFAULT_BLOCK_SIZE, type QueueConfig, queueConfig, redisLabel } from "./queueConfig";
export { type QueueWorker, startQueueWorker } from "./queueWorker";
export {
  openRedisReplications,
  type QueueDepth,
  type RedisReplications,
} from "./redisReplications";
export { startTestRedis, type TestRedis } from "./testRedis";
export { spawnWorker, type WorkerProcess } from "./testWorkers";
