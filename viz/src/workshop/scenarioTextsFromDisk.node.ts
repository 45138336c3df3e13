/** Test helper: the scenario library's YAML texts read from disk, keyed as the bundled `scenarioTexts` keys them. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export const scenarioTextsFromDisk = (root: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith(".yaml"))
        out[relative(root, p).split("\\").join("/")] = readFileSync(p, "utf8");
    }
  };
  walk(root);
  return out;
};
