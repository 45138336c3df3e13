/** Hash routes of the dashboard: `#/sammenligning/<id>`, `#/forloeb`, ... (permalinks, issue 11 §7). */

export const viewIds = [
  "sammenligning",
  "forloeb",
  "ventetid",
  "rettidighed",
  "kapacitet",
  "sagsforloeb",
  "workshop",
  "foelsomhed",
] as const;
export type ViewId = (typeof viewIds)[number];

export const viewTitles: Readonly<Record<ViewId, string>> = {
  sammenligning: "Sammenligning",
  forloeb: "Forløb",
  ventetid: "Ventetid og varighed",
  rettidighed: "Rettidighed over tid",
  kapacitet: "Kapacitet",
  sagsforloeb: "Sagsforløb",
  workshop: "Workshop",
  foelsomhed: "Følsomhed",
};

/** Views that show the workshop or a sensitivity analysis: their hash id names a scenario or an analysis, not a comparison. */
export const standaloneViews: ReadonlySet<ViewId> = new Set(["workshop", "foelsomhed"]);

export interface Route {
  readonly view: ViewId;
  /** The comparison shown, when the hash names one. */
  readonly comparisonId: string | undefined;
}

/**
 * Parses a location hash; anything unknown falls back to the comparison view.
 * @example parseRoute("#/forloeb/abc") // {view: "forloeb", comparisonId: "abc"}
 */
export const parseRoute = (hash: string): Route => {
  const [view, id] = hash.replace(/^#\/?/, "").split("/");
  const known = viewIds.find((v) => v === view);
  const comparisonId = id === undefined || id === "" ? undefined : decodeURIComponent(id);
  return { view: known ?? "sammenligning", comparisonId };
};

export const formatRoute = (r: Route): string =>
  r.comparisonId === undefined
    ? `#/${r.view}`
    : `#/${r.view}/${encodeURIComponent(r.comparisonId)}`;
