/** Builds viz/dist before the browser test, so the server serves the dashboard of this checkout. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "./startServer";

export const buildDashboard = (): void => {
  execFileSync("npx", ["vite", "build", "--logLevel", "error"], {
    cwd: join(repoRoot, "viz"),
    stdio: "inherit",
  });
};
