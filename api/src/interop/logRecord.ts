/** The format-neutral row every history reader produces (CSV, XES, OCEL 2.0) and the reject shape
 *  every stage reports; see simulation-landscape.md §5 for the fields each format carries. */

/** A scalar attribute value; XES and OCEL keep the type, CSV gives strings. */
export type AttributeValue = string | number | boolean;

/** Where a record came from: file, 1-based line and, when known, the column or attribute key. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column?: string;
}

/** One activity instance read from a history file, before mapping to domain events. */
export interface LogRecord {
  readonly caseId: string;
  readonly activity: string;
  /** Wall-clock date as written in the source, `YYYY-MM-DD`. */
  readonly date: string;
  /** Canonical ISO datetime (`YYYY-MM-DDTHH:mm:ss.SSS` plus `Z` or `±HH:MM`) when the source had a time. */
  readonly timestamp?: string;
  /** Interval form only: the start of the activity instance (canonical ISO datetime or date). */
  readonly start?: string;
  readonly lifecycle?: string;
  readonly resource?: string;
  /** Tie-break sequence within a case when times are equal (CSV `seq` column). */
  readonly sequence?: number;
  /** Event attributes; keys prefixed `case:` are case (trace) attributes. */
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly source: SourceLocation;
}

/** One reason a row broke a rule; a row with several reasons gives several Rejects with the same line.
 *  `reason` is Danish and names the rule and the values (masked: never a CPR number or a citizen's name). */
export interface Reject {
  readonly file: string;
  readonly line: number;
  readonly column?: string;
  readonly reason: string;
  /** Stable rule code (docs/history.md "Reject codes"), e.g. `dato`, `aktivitet-ukendt`, `regel`. */
  readonly code?: string;
  /** The case the row belongs to, when it could be read (pseudonymised). */
  readonly caseId?: string;
}

/** Prefix marking case-level (XES trace / OCEL case object) attributes. */
export const CASE_ATTRIBUTE_PREFIX = "case:";
