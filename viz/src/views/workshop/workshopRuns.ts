/**
 * The workshop's runs: the udgangspunkt (reference) on its own channel, the what-if in the browser's workers with a
 * foreløbig first estimate, or in the API when it is large. Results of an older run are dropped.
 */
import type { WhatIfUpdate } from "../../app/whatIfPool";
import { runInApi } from "../../app/workshopApi";
import { formatNumber } from "../../lib/formatDa";
import { startPreview, startPreviewReference } from "./workshopPreview";
import { persist, setResults, type Workshop } from "./workshopState";

/** Above this many simulated cases (cases × replications) the run goes to the API instead of the browser. */
export const BROWSER_WORK_LIMIT = 12_000;

const runApi = (w: Workshop, run: number): void => {
  setResults(w, {
    state: "running",
    status: "Stor kørsel: sendt til API …",
    run,
    settings: w.overrides,
    whatIf: undefined,
    whatIfReps: undefined,
    preliminary: undefined,
    firstKpiMs: undefined,
  });
  persist(w);
  runInApi({ scenario: w.scenario, overrides: w.overrides, ...w.run }, (done, total) => {
    if (w.results.run === run) setResults(w, { status: `API: ${done} af ${total} replikationer` });
  }).then(
    (kpis) =>
      w.results.run === run &&
      setResults(w, {
        state: "done",
        status: "Færdig (API).",
        whatIf: kpis,
        preliminary: undefined,
      }),
    (e: Error) => w.results.run === run && setResults(w, { state: "error", status: e.message }),
  );
  if (Object.keys(w.overrides).length > 0) startPreview(w, run);
};

/** Shows one update of the what-if run `run` (dropped when a newer run has started); it replaces a foreløbig one. */
const showUpdate = (w: Workshop, run: number, u: WhatIfUpdate): void => {
  if (w.results.run !== run) return;
  const done = u.done === u.total;
  setResults(w, {
    state: done ? "done" : "running",
    status: done
      ? `Færdig: ${u.total} replikationer à ${formatNumber(w.run.cases)} sager på ${formatNumber(Math.round(u.elapsedMs))} ms.`
      : `Kører … ${u.done} af ${u.total} replikationer`,
    whatIf: u.kpis,
    whatIfReps: u.replications,
    preliminary: undefined,
    firstKpiMs: w.results.firstKpiMs ?? u.elapsedMs,
    ...(done ? { totalMs: u.elapsedMs } : {}),
  });
};

const referenceKey = (w: Workshop): string =>
  JSON.stringify([w.scenario, w.saved?.id ?? null, w.run]);

/**
 * The scenario's own run with the current run settings: the udgangspunkt every what-if is read against. It runs on
 * its own channel of the pool, so moving a lever does not cancel it; with no lever moved it is the what-if too.
 */
const startReference = (w: Workshop): void => {
  const key = referenceKey(w);
  if (w.referenceKey === key) return;
  w.referenceKey = key;
  setResults(w, { reference: undefined, referenceReps: undefined });
  w.pool.run(
    { scenario: w.scenario, saved: w.saved, overrides: {}, ...w.run },
    "reference",
    (u) => {
      if (w.referenceKey !== key) return;
      if (Object.keys(w.results.settings).length === 0) showUpdate(w, w.results.run, u);
      setResults(w, { reference: u.kpis, referenceReps: u.replications });
    },
    (message) => setResults(w, { state: "error", status: message }),
  );
  startPreviewReference(w);
};

/** Starts a re-run with the current settings; the results of an older run are dropped. */
export const rerun = (w: Workshop): void => {
  const run = w.results.run + 1;
  if (w.run.cases * w.run.replications > BROWSER_WORK_LIMIT) {
    runApi(w, run);
    return;
  }
  setResults(w, {
    state: "running",
    status: "Kører i browseren …",
    run,
    settings: w.overrides,
    whatIf: undefined,
    preliminary: undefined,
    firstKpiMs: undefined,
    totalMs: undefined,
    whatIfReps: undefined,
  });
  persist(w);
  const fresh = w.referenceKey !== referenceKey(w);
  startReference(w);
  if (Object.keys(w.overrides).length === 0) {
    // No lever moved: the what-if is the reference run, finished or streaming in.
    if (!fresh && w.results.reference !== undefined)
      setResults(w, {
        state: "done",
        status: "Udgangspunktet (ingen håndtag flyttet).",
        whatIf: w.results.reference,
        whatIfReps: w.results.referenceReps,
      });
    return;
  }
  startPreview(w, run);
  w.pool.run(
    { scenario: w.scenario, saved: w.saved, overrides: w.overrides, ...w.run },
    "whatif",
    (u) => showUpdate(w, run, u),
    (message) => setResults(w, { state: "error", status: message }),
  );
};
