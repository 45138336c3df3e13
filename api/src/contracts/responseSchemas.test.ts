import { readdirSync, readFileSync } from "node:fs";
import { Result, Schema } from "effect";
import { describe, expect, it } from "vitest";
import type { comparisonResultOf } from "../application/runReport";
import { makeTestApp, postJson } from "../testing/testApp";
import { ComparisonResult, ComparisonView, ScenarioSummary } from "./index";

// The server's report builder must produce what the contract promises (a compile-time check).
type Built = ReturnType<typeof comparisonResultOf>;
const _conforms = (b: Built): ComparisonResult => b;

describe("the HTTP contract module", () => {
  it("is browser-safe: imports nothing but effect", () => {
    const dir = new URL(".", import.meta.url).pathname;
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      const imports = [...readFileSync(dir + f, "utf8").matchAll(/from\s+"([^"]+)"/g)].map(
        (m) => m[1],
      );
      expect(
        imports.filter((i) => i !== "effect" && !i?.startsWith("./")),
        f,
      ).toEqual([]);
    }
  });

  it("decodes the server's scenario list and a finished comparison, and refuses a malformed result", async () => {
    const t = await makeTestApp();
    const list = await (await t.app.request("/api/scenarios")).json();
    expect(Result.isSuccess(Schema.decodeUnknownResult(Schema.Array(ScenarioSummary))(list))).toBe(
      true,
    );
    const res = await postJson(t.app, "/api/comparisons", {
      baseline: "baseline",
      variants: ["early-cv"],
      replications: 2,
      cases: 100,
    });
    await t.deps.queue.idle();
    const body = await (await t.app.request(res.headers.get("location") as string)).json();
    const view = Schema.decodeUnknownResult(ComparisonView)(body);
    expect(Result.isSuccess(view)).toBe(true);
    const result = Schema.decodeUnknownResult(ComparisonResult)(
      (body as { result: unknown }).result,
    );
    if (Result.isFailure(result)) throw new Error(String(result.failure));
    expect(result.success.variants[0]?.label).toBe("early-cv");
    expect(result.success.baseline.kpis.rettidighed?.unit).toBe("andel");
    const broken = Schema.decodeUnknownResult(ComparisonResult)({
      ...(body as { result: object }).result,
      baseline: { scenario: 3 },
    });
    expect(Result.isFailure(broken) ? String(broken.failure) : "").toMatch(/baseline/);
  }, 60_000);
});
