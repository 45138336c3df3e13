/**
 * Server settings from the environment (docs/api.md "Configuration"): PORT, SAGSFLOW_HOST, SAGSFLOW_TOKEN,
 * SAGSFLOW_CORS_ORIGINS, SAGSFLOW_RUN_CONCURRENCY, SAGSFLOW_RUN_QUEUE, SAGSFLOW_MAX_WORK, SAGSFLOW_MAX_UPLOAD_BYTES.
 * Loopback by default; any other host needs a token of at least MIN_PUBLIC_TOKEN_CHARS characters. Every refusal
 * names the variable and its value (a token's value is never shown).
 */
import { isIP } from "node:net";
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

/** A token guessed at a million tries a second must take longer than the server lives: 32 characters or more. */
export const MIN_PUBLIC_TOKEN_CHARS = 32;
/** RFC 6750 §2.1 b64token: what fits in `Authorization: Bearer <token>` without quoting. */
const TOKEN_CHARS = /^[A-Za-z0-9\-._~+/]+=*$/;
/** RFC 1123 host names (labels of letters, digits and hyphens). */
const HOST_NAME =
  /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

const isOrigin = (text: string): boolean => {
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) && url.origin === text.replace(/\/$/, "");
  } catch {
    return false;
  }
};

const refuse = (field: string, value: string, reason: string) =>
  Result.fail(new RequestInvalid({ field, value, reason, status: 400 }));

/** An integer variable within [min, max], or the refusal naming it. */
const int = (
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
): Result.Result<number, RequestInvalid> => {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return Result.succeed(fallback);
  const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isSafeInteger(n) && n >= min && n <= max
    ? Result.succeed(n)
    : refuse(name, raw, `skal være et helt tal fra ${min} til ${max}`);
};

const checkHost = (host: string): RequestInvalid | undefined =>
  isIP(host) !== 0 || HOST_NAME.test(host)
    ? undefined
    : new RequestInvalid({
        field: "SAGSFLOW_HOST",
        value: host,
        reason: "skal være en IP-adresse eller et værtsnavn",
        status: 400,
      });

const checkToken = (host: string, token: string | undefined): RequestInvalid | undefined => {
  const bad = (reason: string) =>
    new RequestInvalid({ field: "SAGSFLOW_TOKEN", value: "(skjult)", reason, status: 400 });
  if (token === undefined) {
    return LOOPBACK.has(host)
      ? undefined
      : new RequestInvalid({
          field: "SAGSFLOW_HOST",
          value: host,
          reason: "binding uden for 127.0.0.1 kræver SAGSFLOW_TOKEN",
          status: 400,
        });
  }
  if (!TOKEN_CHARS.test(token))
    return bad("må kun indeholde A-Z, a-z, 0-9 og - . _ ~ + / (RFC 6750)");
  if (!LOOPBACK.has(host) && token.length < MIN_PUBLIC_TOKEN_CHARS) {
    return bad(
      `skal have mindst ${MIN_PUBLIC_TOKEN_CHARS} tegn ved binding uden for 127.0.0.1 (har ${token.length})`,
    );
  }
  return undefined;
};

export const serverConfig = (
  env: Env,
  cores: number = availableParallelism(),
): Result.Result<ServerConfig, RequestInvalid> => {
  const host = env.SAGSFLOW_HOST?.trim() || "127.0.0.1";
  const token = env.SAGSFLOW_TOKEN || undefined;
  const refusal = checkHost(host) ?? checkToken(host, token);
  if (refusal !== undefined) return Result.fail(refusal);
  const workers = Math.max(1, Math.min(2, cores));
  const numbers = {
    port: int(env, "PORT", 3000, 0, 65_535),
    concurrency: int(
      env,
      "SAGSFLOW_RUN_CONCURRENCY",
      Math.max(1, Math.floor(cores / workers)),
      1,
      256,
    ),
    maxWaiting: int(env, "SAGSFLOW_RUN_QUEUE", 8, 0, 10_000),
    maxWork: int(env, "SAGSFLOW_MAX_WORK", 200_000, 1, 1_000_000_000),
    maxUploadBytes: int(env, "SAGSFLOW_MAX_UPLOAD_BYTES", 200 * 1024 * 1024, 1, 2 ** 40),
  };
  for (const n of Object.values(numbers)) if (Result.isFailure(n)) return Result.fail(n.failure);
  const corsOrigins = (env.SAGSFLOW_CORS_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const badOrigin = corsOrigins.find((o) => !isOrigin(o));
  if (badOrigin !== undefined) {
    return refuse(
      "SAGSFLOW_CORS_ORIGINS",
      badOrigin,
      "skal være en oprindelse som https://eksempel.dk (uden sti)",
    );
  }
  const value = (r: Result.Result<number, RequestInvalid>) => (Result.isSuccess(r) ? r.success : 0);
  return Result.succeed({
    host,
    port: value(numbers.port),
    token,
    corsOrigins,
    concurrency: value(numbers.concurrency),
    workers,
    maxWaiting: value(numbers.maxWaiting),
    maxWork: value(numbers.maxWork),
    maxBodyBytes: 256 * 1024,
    maxUploadBytes: value(numbers.maxUploadBytes),
    requestTimeoutMs: 30_000,
  });
};
