/**
 * Where the browser tests save screenshots. `npm test` must never write tracked files, so by default they go to
 * the git-ignored `test/.screenshots/`; `npm run screenshots` sets SAGSFLOW_SCREENSHOTS=docs to regenerate the
 * tracked `docs/screenshots/` on purpose.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./startServer";

export const screenshotDir = (): string => {
  const dir =
    process.env.SAGSFLOW_SCREENSHOTS === "docs"
      ? join(repoRoot, "docs/screenshots")
      : join(repoRoot, "test/.screenshots");
  mkdirSync(dir, { recursive: true });
  return dir;
};
