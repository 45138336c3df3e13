/**
 * Server settings from the environment (docs/api.md "Configuration"): PORT, SAGSFLOW_HOST, SAGSFLOW_TOKEN,
 * SAGSFLOW_CORS_ORIGINS, SAGSFLOW_RUN_CONCURRENCY, SAGSFLOW_MAX_WORK. Loopback by default; other hosts need a token.
 */
import { availableParallelism } from "node:os";
import { Result } from "effect";
import { RequestInvalid } from "./apiErrors";

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly token: string | undefined;
  readonly corsOrigins: ReadonlyArray<string>;
  /** Comparisons run at once; each uses `workers` threads, so together they fill the cores. */
  readonly concurrency: number;
  readonly workers: number;
  readonly maxWaiting: number;
  readonly maxWork: number;
  readonly maxBodyBytes: number;
  readonly maxUploadBytes: number;
  readonly requestTimeoutMs: number;
}

type Env = Readonly<Record<string, string | undefined>>;
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

const int = (env: Env, name: string, fallback: number): number => {
  const raw = env[name];
  const n = raw === undefined || raw === "" ? fallback : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : Number.NaN;
};

export const serverConfig = (
  env: Env,
  cores: number = availableParallelism(),
): Result.Result<ServerConfig, RequestInvalid> => {
  const host = env.SAGSFLOW_HOST || "127.0.0.1";
  const token = env.SAGSFLOW_TOKEN || undefined;
  if (!LOOPBACK.has(host) && token === undefined) {
    return Result.fail(
      new RequestInvalid({
        field: "SAGSFLOW_HOST",
        value: host,
        reason: "binding uden for 127.0.0.1 kræver SAGSFLOW_TOKEN",
        status: 400,
      }),
    );
  }
  const workers = Math.max(1, Math.min(2, cores));
  const config: ServerConfig = {
    host,
    port: int(env, "PORT", 3000),
    token,
    corsOrigins: (env.SAGSFLOW_CORS_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    concurrency: int(env, "SAGSFLOW_RUN_CONCURRENCY", Math.max(1, Math.floor(cores / workers))),
    workers,
    maxWaiting: int(env, "SAGSFLOW_RUN_QUEUE", 8),
    maxWork: int(env, "SAGSFLOW_MAX_WORK", 200_000),
    maxBodyBytes: 256 * 1024,
    maxUploadBytes: int(env, "SAGSFLOW_MAX_UPLOAD_BYTES", 200 * 1024 * 1024),
    requestTimeoutMs: 30_000,
  };
  const bad = (Object.entries(config) as Array<[string, unknown]>).find(
    ([, v]) => typeof v === "number" && Number.isNaN(v),
  );
  return bad === undefined
    ? Result.succeed(config)
    : Result.fail(
        new RequestInvalid({
          field: bad[0],
          value: "ikke et helt tal",
          reason: "skal være et helt tal ≥ 0",
          status: 400,
        }),
      );
};
