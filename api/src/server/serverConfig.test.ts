import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { MIN_PUBLIC_TOKEN_CHARS, serverConfig } from "./serverConfig";

const strong = "a".repeat(MIN_PUBLIC_TOKEN_CHARS);
const refusal = (env: Record<string, string>) => {
  const r = serverConfig(env, 2);
  if (Result.isSuccess(r)) throw new Error(`accepted ${JSON.stringify(env)}`);
  return r.failure;
};

describe("server configuration", () => {
  it("defaults to loopback on port 3000 without a token", () => {
    const r = serverConfig({}, 2);
    expect(Result.isSuccess(r) && r.success).toMatchObject({ host: "127.0.0.1", port: 3000 });
  });

  it.each([
    [{ PORT: "99999" }, "PORT", "99999"],
    [{ PORT: "-1" }, "PORT", "-1"],
    [{ PORT: "80.5" }, "PORT", "80.5"],
    [{ PORT: "tre" }, "PORT", "tre"],
    [{ SAGSFLOW_RUN_QUEUE: "1e3" }, "SAGSFLOW_RUN_QUEUE", "1e3"],
    [{ SAGSFLOW_RUN_CONCURRENCY: "0" }, "SAGSFLOW_RUN_CONCURRENCY", "0"],
    [{ SAGSFLOW_HOST: "exa mple" }, "SAGSFLOW_HOST", "exa mple"],
    [{ SAGSFLOW_HOST: "0.0.0.0" }, "SAGSFLOW_HOST", "0.0.0.0"],
    [{ SAGSFLOW_HOST: "::" }, "SAGSFLOW_HOST", "::"],
    [{ SAGSFLOW_CORS_ORIGINS: "https://a.dk/sti" }, "SAGSFLOW_CORS_ORIGINS", "https://a.dk/sti"],
  ])("refuses %j, naming the variable and value", (env, field, value) => {
    expect(refusal(env)).toMatchObject({ field, value });
  });

  it("refuses a public bind with a token shorter than 32 characters, without showing it", () => {
    const e = refusal({ SAGSFLOW_HOST: "0.0.0.0", SAGSFLOW_TOKEN: "x" });
    expect(e).toMatchObject({ field: "SAGSFLOW_TOKEN", value: "(skjult)" });
    expect(e.reason).toContain(String(MIN_PUBLIC_TOKEN_CHARS));
    expect(e.message).not.toContain(": x");
  });

  it("refuses a token with characters a Bearer header cannot carry", () => {
    expect(refusal({ SAGSFLOW_TOKEN: `${strong} mellemrum` })).toMatchObject({
      field: "SAGSFLOW_TOKEN",
    });
  });

  it("accepts a public bind with a 32-character token, and a short token on loopback", () => {
    expect(
      Result.isSuccess(serverConfig({ SAGSFLOW_HOST: "0.0.0.0", SAGSFLOW_TOKEN: strong })),
    ).toBe(true);
    expect(Result.isSuccess(serverConfig({ SAGSFLOW_TOKEN: "kort" }))).toBe(true);
    expect(Result.isSuccess(serverConfig({ PORT: "0" }))).toBe(true);
    expect(Result.isSuccess(serverConfig({ PORT: "65535", SAGSFLOW_HOST: "localhost" }))).toBe(
      true,
    );
  });
});
