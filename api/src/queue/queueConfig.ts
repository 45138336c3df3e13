/**
 * Where replications run (docs/scale-out.md): `SAGSFLOW_QUEUE=local` (default) in this process's worker threads,
 * `redis` as BullMQ jobs on `REDIS_URL` taken by `sagsflow worker` processes; `SAGSFLOW_QUEUE_BLOCK` replications
 * per job. Nothing connects to Redis unless the queue is `redis`.
 */
import { Result } from "effect";

export type QueueKind = "local" | "redis";

export interface QueueConfig {
  readonly kind: QueueKind;
  readonly redisUrl: string;
  /** Replications of one scenario per job. */
  readonly blockSize: number;
}

export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
export const DEFAULT_BLOCK_SIZE = 5;

/** A setting the queue cannot use: the variable, its value and why. */
export interface QueueSettingInvalid {
  readonly field: string;
  readonly value: string;
  readonly reason: string;
}

type Env = Readonly<Record<string, string | undefined>>;

export const queueConfig = (
  env: Env,
  kind: string | undefined = env.SAGSFLOW_QUEUE,
): Result.Result<QueueConfig, QueueSettingInvalid> => {
  const chosen = kind === undefined || kind === "" ? "local" : kind;
  if (chosen !== "local" && chosen !== "redis")
    return Result.fail({
      field: "SAGSFLOW_QUEUE",
      value: chosen,
      reason: "skal være local eller redis",
    });
  const block = env.SAGSFLOW_QUEUE_BLOCK;
  const blockSize = block === undefined || block === "" ? DEFAULT_BLOCK_SIZE : Number(block);
  if (!Number.isInteger(blockSize) || blockSize < 1)
    return Result.fail({
      field: "SAGSFLOW_QUEUE_BLOCK",
      value: String(block),
      reason: "skal være et helt tal ≥ 1",
    });
  const redisUrl = env.REDIS_URL || DEFAULT_REDIS_URL;
  if (!/^rediss?:\/\//.test(redisUrl))
    return Result.fail({
      field: "REDIS_URL",
      value: redisUrl,
      reason: "skal begynde med redis:// eller rediss://",
    });
  return Result.succeed({ kind: chosen, redisUrl, blockSize });
};

/** The URL without user or password, for logs and /health. */
export const redisLabel = (url: string): string => {
  const u = new URL(url);
  u.username = "";
  u.password = "";
  return u.toString().replace(/\/$/, "");
};
