/** docs/reference.md from the reference data file and the library baseline's measures (fixed seed). */
import { join } from "node:path";
import {
  checkAgainstReference,
  LIBRARY_DIR,
  loadReference,
  loadScenario,
  measureReference,
  type ReferenceCheck,
  referenceMarkdown,
} from "@sagsflow/scenarios/node";
import { Result } from "effect";

export const REFERENCE_DOC = join(LIBRARY_DIR, "../../docs/reference.md");
export const REFERENCE_RUN = { seed: 1, replications: 3 } as const;

export const baselineReferenceCheck = (): ReferenceCheck => {
  const loaded = loadScenario(join(LIBRARY_DIR, "baseline.yaml"));
  if (Result.isFailure(loaded)) throw new Error(loaded.failure.message);
  const reference = loadReference();
  const values = measureReference(
    loaded.success.params,
    REFERENCE_RUN.seed,
    REFERENCE_RUN.replications,
    reference.inhabitants.value,
  );
  return checkAgainstReference(reference, values);
};

export const regeneratedReference = (check: ReferenceCheck): string =>
  referenceMarkdown(loadReference(), check);
