import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("workspace", () => {
  it("pins @types/node to Node 20 so nothing typechecks against newer Node APIs", () => {
    const root = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(root.devDependencies["@types/node"]).toMatch(/^20\./);
  });
});
