import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { compileLibrary, resolveRelative, ScenarioUnavailable } from "./compileLibrary";

const dir = join(import.meta.dirname, "../../../scenarios/library");
const texts = Object.fromEntries(
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => [f.split(sep).join("/"), readFileSync(join(dir, f), "utf8")]),
);

describe("compileLibrary (the workshop's scenarios in the browser)", () => {
  it("compiles every library scenario, including those in subfolders extending ../baseline.yaml", () => {
    // index.yaml lists the families and has no id of its own.
    const ids = Object.values(texts).flatMap((t) => /^id:\s*(\S+)/m.exec(t)?.[1] ?? []);
    expect(ids.length).toBeGreaterThan(4);
    for (const id of ids) expect(compileLibrary(id, texts)).not.toBeInstanceOf(ScenarioUnavailable);
  });
  it("resolves extends relative to the naming file", () => {
    expect(resolveRelative("skanderborg/recovery.yaml", "crisis.yaml")).toBe(
      "skanderborg/crisis.yaml",
    );
    expect(resolveRelative("skanderborg/crisis.yaml", "../baseline.yaml")).toBe("baseline.yaml");
  });
  it("names an unknown scenario instead of throwing", () => {
    const r = compileLibrary("findes-ikke", texts);
    expect(r).toBeInstanceOf(ScenarioUnavailable);
    expect((r as ScenarioUnavailable).message).toMatch(/findes-ikke/);
  });
});
