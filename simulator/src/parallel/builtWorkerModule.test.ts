// A worker may load a package's build only while no source of the package is newer than the build stamp.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { builtWorkerModule } from "./builtWorkerModule";

const root = mkdtempSync(join(tmpdir(), "sagsflow-built-"));
const write = (path: string, text: string, seconds: number): void => {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
  utimesSync(join(root, path), seconds, seconds);
};
write("package.json", "{}", 1_000);
write("src/model.ts", "export const x = 1;", 2_000);
write("dist/src/model.js", "export const x = 1;", 3_000);
write("dist/.built", "src/model.ts\n", 3_000);
const source = pathToFileURL(join(root, "src/model.ts")).href;
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("builtWorkerModule", () => {
  it("maps a source to its build when the build is newer", () => {
    expect(builtWorkerModule(source)).toBe(pathToFileURL(join(root, "dist/src/model.js")).href);
  });
  it("refuses a build older than an edited source", () => {
    write("src/other.ts", "export const y = 2;", 4_000);
    expect(builtWorkerModule(source)).toBeNull();
  });
  it("has no build for a module outside a package build", () => {
    expect(builtWorkerModule(pathToFileURL(join(root, "src/none.ts")).href)).toBeNull();
  });
});
