/**
 * What /health says about where replications run: `local`, or the Redis queue's depth and connected workers (not its
 * address: credentials have no place there). A Redis
 * that does not answer within two seconds makes the server `degraded` (runs wait; nothing is lost while it is away).
 */
import type { QueueDepth, RedisReplications } from "./redisReplications";

const ANSWER_WITHIN_MS = 2_000;

export type ReplicationQueueHealth =
  | { readonly backend: "local" }
  | ({ readonly backend: "redis"; readonly reachable: true } & QueueDepth)
  | { readonly backend: "redis"; readonly reachable: false };

export const replicationQueueHealth = async (
  queue: Pick<RedisReplications, "depth"> | undefined,
): Promise<ReplicationQueueHealth> => {
  if (queue === undefined) return { backend: "local" };
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ANSWER_WITHIN_MS);
  });
  const depth = await Promise.race([queue.depth().catch(() => undefined), late]);
  clearTimeout(timer);
  return depth === undefined
    ? { backend: "redis", reachable: false }
    : { backend: "redis", reachable: true, ...depth };
};
