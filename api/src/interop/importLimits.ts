/** The size limits of the history readers (issue 18 item 1; docs/history.md "Limits"). Each error that a limit
 *  raises names the limit by its key here, so an analyst can find it in the docs. */
export const IMPORT_LIMITS = {
  /** Characters in one CSV row (a quoted field spanning lines counts whole). */
  "csv.maxRowChars": 1024 * 1024,
  /** Characters in one CSV field. */
  "csv.maxFieldChars": 64 * 1024,
  /** Columns in a CSV header. */
  "csv.maxColumns": 1000,
  /** Bytes of XML between two tags (one attribute value, one text node). */
  "xes.maxElementBytes": 1024 * 1024,
  /** Events in one case (a trace or a case id); more is a broken export, not a citizen's case. */
  "case.maxEvents": 100_000,
  /** OCEL 2.0 JSON is parsed whole, so its size is capped. */
  "ocel.maxBytes": 64 * 1024 * 1024,
} as const;

export type ImportLimit = keyof typeof IMPORT_LIMITS;

/** "over grænsen csv.maxRowChars (1048576)" — the message part every limit error shares. */
export const overLimit = (limit: ImportLimit): string =>
  `over grænsen ${limit} (${IMPORT_LIMITS[limit]})`;
