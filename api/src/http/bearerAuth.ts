/**
 * Bearer-token middleware for /api (RFC 6750): the scheme in any case, the token compared in constant time (digests
 * of equal length, so neither content nor length leaks through timing), and a 401 problem with
 * `WWW-Authenticate: Bearer` that says whether the header was missing or wrong, never what was sent.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { problem, problemResponse } from "./problem";

const digest = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest();

/** True when `presented` equals `expected`, in time that depends on neither. */
export const sameToken = (presented: string, expected: string): boolean =>
  timingSafeEqual(digest(presented), digest(expected));

const SCHEME = /^\s*bearer\s+(\S+)\s*$/i;

export const bearerAuth = (token: string): MiddlewareHandler => {
  return async (c, next) => {
    const header = c.req.header("authorization");
    const presented = header === undefined ? undefined : SCHEME.exec(header)?.[1];
    if (presented !== undefined && sameToken(presented, token)) return next();
    const missing = header === undefined;
    const challenge = missing
      ? 'Bearer realm="sagsflow"'
      : 'Bearer realm="sagsflow", error="invalid_token"';
    return problemResponse(
      problem(401, "unauthorized", "angiv Authorization: Bearer <SAGSFLOW_TOKEN>", {
        field: "Authorization",
        value: missing ? "(mangler)" : "(forkert)",
      }),
      { "www-authenticate": challenge },
    );
  };
};
