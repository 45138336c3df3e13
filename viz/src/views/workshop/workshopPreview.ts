/**
 * The foreløbig first estimate (issue 23 §2): after a lever move, one replication of PREVIEW_CASES measured cases and
 * a warm-up at the low end of its estimate (most of a replication's cost is the warm-up), paired with the
 * udgangspunkt's own replication of the same size and seed. The udgangspunkt's level plus that difference is shown
 * marked "foreløbig" (previewEstimate.ts); the full run's first replication replaces it.
 */
import type { LeverOverrides } from "../../workshop/leverSettings";
import { setResults, type Workshop } from "./workshopState";

/** Measured cases of the foreløbig run: a fifth of the workshop's default 1,000, about a fifth of the time. */
export const PREVIEW_CASES = 200;
/** The low end of baseline.yaml's warm-up estimate (26–104 weeks); a fifth of the 52-week warm-up's time is saved. */
export const PREVIEW_WARMUP_WEEKS = 26;

const previewRun = (w: Workshop) => ({ seed: w.run.seed, cases: PREVIEW_CASES, replications: 1 });
const previewOverrides = (overrides: LeverOverrides): LeverOverrides => ({
  ...overrides,
  "horizon.warmupWeeks": PREVIEW_WARMUP_WEEKS,
});

const previewKey = (w: Workshop): string =>
  JSON.stringify([w.scenario, w.saved?.id ?? null, w.run.seed]);

/** Worth it only when the full run is larger than the preview. */
export const wantsPreview = (w: Workshop): boolean => w.run.cases > PREVIEW_CASES;

/** The udgangspunkt's small run, once per scenario and seed, so the first lever move finds it done. */
export const startPreviewReference = (w: Workshop): void => {
  const key = previewKey(w);
  if (!wantsPreview(w) || w.previewReference?.key === key) return;
  w.previewReference = { key, reps: undefined };
  w.pool.run(
    { scenario: w.scenario, saved: w.saved, overrides: previewOverrides({}), ...previewRun(w) },
    "previewReference",
    (u) => {
      if (w.previewReference?.key !== key) return;
      w.previewReference = { key, reps: u.replications };
      const p = w.results.preliminary;
      if (p !== undefined) setResults(w, { preliminary: { ...p, referenceReps: u.replications } });
    },
    () => {
      // A failing scenario fails its full run too, which reports it; the preview only stays away.
    },
  );
};

/** Starts the foreløbig what-if for run `run`; dropped when the full run has shown a replication or a newer run began. */
export const startPreview = (w: Workshop, run: number): void => {
  if (!wantsPreview(w)) return;
  startPreviewReference(w);
  w.pool.run(
    {
      scenario: w.scenario,
      saved: w.saved,
      overrides: previewOverrides(w.overrides),
      ...previewRun(w),
    },
    "preview",
    (u) => {
      if (w.results.run !== run || w.results.whatIf !== undefined) return;
      const referenceReps = w.previewReference?.reps;
      // A number is shown once both the udgangspunkt's level and its small run are there.
      const shown = referenceReps !== undefined && w.results.reference !== undefined;
      setResults(w, {
        status: `Foreløbigt skøn: udgangspunktet plus forskellen i en lille kørsel (${PREVIEW_CASES} sager, ${PREVIEW_WARMUP_WEEKS} ugers indsvingning); den fulde kørsel regner videre …`,
        preliminary: {
          cases: PREVIEW_CASES,
          warmupWeeks: PREVIEW_WARMUP_WEEKS,
          replications: u.replications,
          referenceReps,
        },
        ...(shown ? { firstKpiMs: w.results.firstKpiMs ?? u.elapsedMs } : {}),
      });
    },
    () => {},
  );
};
