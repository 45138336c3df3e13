// The main entry must run in a browser Web Worker: no clock, no Math.random, no node: imports,
// except in node-only files (*.node.ts, *Worker*.ts) per architecture.md.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL(".", import.meta.url).pathname;
const files = (readdirSync(root, { recursive: true }) as Array<string>).filter(
  (f) =>
    f.endsWith(".ts") && !f.includes(".test.") && !f.endsWith(".node.ts") && !f.includes("Worker"),
);
const FORBIDDEN = [
  /Date\.now/,
  /new Date\(\)/,
  /Math\.random/,
  /performance\.now/,
  /process\.env/,
  /from "node:/,
];

describe("simulator purity", () => {
  it("scans the main-entry sources", () => expect(files.length).toBeGreaterThan(10));
  it.each(files)("%s uses no clock, randomness or node: import", (file) => {
    const text = readFileSync(join(root, file), "utf8");
    for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
  });
});
