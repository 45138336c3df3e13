/** Recognises a file written by sagsflow's own exporters from its first bytes, so `import` can choose the
 *  own-export mapping when no `--mapping` is given (docs/history.md "Export"). */
import { caseEventTags } from "@sagsflow/domain";
import { type HistoryFormat, INTERVAL_COLUMNS } from "../interop";

const TAGS: ReadonlySet<string> = new Set(caseEventTags);

/** The first activity name after `marker`, read with `pattern`, is a domain event tag. */
const firstActivityIsTag = (head: string, marker: string, pattern: RegExp): boolean => {
  const at = head.indexOf(marker);
  if (at < 0) return false;
  const name = pattern.exec(head.slice(at))?.[1];
  return name !== undefined && TAGS.has(name);
};

/**
 * Interval CSV by its fixed header; XES and OCEL by activity names that are event tags (other systems
 * use their own activity names, e.g. "Sygemelding modtaget").
 * @example isSagsflowExport("csv", "case_id,activity,start_time,end_time,resource,lifecycle,seq\n…") // true
 */
export const isSagsflowExport = (format: HistoryFormat, head: string): boolean => {
  const text = head.replace(/^\uFEFF/, "");
  switch (format) {
    case "csv":
      return text.startsWith(INTERVAL_COLUMNS.join(","));
    case "xes":
      return firstActivityIsTag(text, "<event>", /key="concept:name" value="([^"]*)"/);
    case "ocel":
      return firstActivityIsTag(text, '"eventTypes"', /\{"name":"([^"]*)"/);
  }
};
