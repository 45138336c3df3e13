// docs/decisions/0160: history interop could become its own workspace by a pure move, because it imports nothing of
// the rest of api and no workspace package; this test keeps it so.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dir = new URL(".", import.meta.url).pathname;
const product = readdirSync(dir).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "testDomain.ts",
);

describe("api/src/interop", () => {
  it("imports only its own files, effect, yaml, saxes, iconv-lite, csv-stringify and node built-ins", () => {
    const allowed = /^(\.\/|node:|effect$|yaml$|saxes$|iconv-lite$|csv-stringify)/;
    const bad = product.flatMap((f) =>
      [...readFileSync(dir + f, "utf8").matchAll(/from "([^"]+)"/g)]
        .map((m) => m[1] as string)
        .filter((s) => !allowed.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(product.length).toBeGreaterThan(20);
    expect(bad).toEqual([]);
  });
});
