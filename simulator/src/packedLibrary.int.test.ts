// The engine as a library: `npm pack` of domain and simulator, installed into a project in os.tmpdir() (outside
// the repository, so no workspace link and no "development" condition), type-checks and runs the README's M/M/c
// model (simulator/examples/mmc.ts) from the packed JavaScript and declarations, in process and in worker threads.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const project = mkdtempSync(join(tmpdir(), "sagsflow-packed-"));
// Without the repository's condition: the packed exports must stand on their own.
const env = { ...process.env, NODE_OPTIONS: "" };
const run = (cmd: string, args: Array<string>, cwd: string): string =>
  execFileSync(cmd, args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const pack = (workspace: string): string => {
  const dir = join(repo, workspace);
  if (!existsSync(join(dir, "dist", ".built"))) run("npm", ["run", "build"], dir);
  const out = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", project], dir));
  return join(project, out[0].filename as string);
};

const MAIN = `import { exponentialRate } from "@sagsflow/simulator";
import { runReplications } from "@sagsflow/simulator/node";
import { type MmcInput, runMmc } from "./mmc.ts";

// @ts-expect-error: the packed declarations type the rate as a number (this line fails if they were any).
exponentialRate("fast");
const inputs: Array<MmcInput> = [1, 2, 3].map((seed) => ({
  seed, arrivalRate: 1.6, serviceRate: 1, servers: 2, horizon: 2_000, warmup: 100,
}));
const moduleUrl = import.meta.resolve("@sagsflow/simulator/examples/mmc.js");
const parallel = await runReplications({ moduleUrl, exportName: "runMmc", inputs, workers: 2 });
console.log(JSON.stringify({ local: inputs.map(runMmc), parallel }));
`;

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the packed simulator", () => {
  it("installs outside the repository, type-checks and runs the M/M/c example", () => {
    const tarballs = [pack("domain"), pack("simulator")];
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "uses-sagsflow", private: true, type: "module" }),
    );
    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...tarballs], project);
    copyFileSync(join(repo, "simulator/examples/mmc.ts"), join(project, "mmc.ts"));
    writeFileSync(join(project, "main.ts"), MAIN);
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "Preserve",
          moduleResolution: "Bundler",
          strict: true,
          noEmit: true,
          allowImportingTsExtensions: true,
          skipLibCheck: true,
          types: [],
        },
        include: ["*.ts"],
      }),
    );
    run(process.execPath, [join(repo, "node_modules/typescript/bin/tsc"), "-p", "."], project);
    const tsx = import.meta.resolve("tsx");
    const out = JSON.parse(run(process.execPath, ["--import", tsx, "main.ts"], project));
    expect(out.local).toHaveLength(3);
    expect(out.local[0].customers).toBeGreaterThan(2_000);
    expect(out.parallel).toEqual(out.local);
    const installed = join(project, "node_modules/@sagsflow/simulator/package.json");
    expect(JSON.parse(readFileSync(installed, "utf8")).exports["."].default).toBe(
      "./dist/src/index.js",
    );
  }, 240_000);
});
