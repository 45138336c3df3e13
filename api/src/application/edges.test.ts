import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("..", import.meta.url).pathname;

const sourcesUnder = (dir: string): ReadonlyArray<string> =>
  readdirSync(join(SRC, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(dir, f));

// The CLI and the HTTP API are edges over the application layer (ADR 0180): simulation and report logic live in
// api/src/application, so neither edge may reach the simulator itself.
describe("the edges hold no simulation", () => {
  for (const edge of ["cli", "server", "http"]) {
    it(`api/src/${edge} imports nothing from @sagsflow/simulator`, () => {
      const files = sourcesUnder(edge);
      expect(files.length).toBeGreaterThan(5);
      const offenders = files.filter((f) =>
        /from\s+["']@sagsflow\/simulator|import\(\s*["']@sagsflow\/simulator/.test(
          readFileSync(join(SRC, f), "utf8"),
        ),
      );
      expect(offenders).toEqual([]);
    });
  }
});
