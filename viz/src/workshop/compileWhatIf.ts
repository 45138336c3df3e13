/** Compiles a what-if in the browser: a library or saved scenario, then the lever overrides as one more overlay. */
import {
  compileLibrary,
  type LibraryScenario,
  ScenarioUnavailable,
} from "../charts/compileLibrary";
import type { WhatIfScenario } from "../worker/workshopProtocol";
import { overlayTree } from "./leverSettings";

/**
 * The same chain the API compiles for `POST /api/counterfactuals` (scenario, then overrides), so equal inputs give
 * equal parameters on both sides. A saved scenario sits at the library root, where its `extends` resolves.
 */
export const compileWhatIf = (
  w: WhatIfScenario,
  library: Readonly<Record<string, string>>,
  cases: number | null = null,
): LibraryScenario | ScenarioUnavailable => {
  const savedFile = w.saved === null ? undefined : `${w.saved.id}.yaml`;
  const texts =
    w.saved === null || savedFile === undefined
      ? library
      : { ...library, [savedFile]: w.saved.yaml };
  const extra =
    Object.keys(w.overrides).length === 0
      ? []
      : [{ file: "overrides", tree: overlayTree(w.overrides), library: false }];
  const lib = compileLibrary(w.scenario, texts, {
    extra,
    saved: new Set(savedFile === undefined ? [] : [savedFile]),
  });
  if (lib instanceof ScenarioUnavailable || cases === null) return lib;
  return { ...lib, params: { ...lib.params, horizon: { ...lib.params.horizon, maxCases: cases } } };
};
