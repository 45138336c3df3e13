/** The mapping for sagsflow's own exports: activity names are event tags and attributes are the
 *  events' fields, so export → import → export is an identity (issue 8, item 4). */
import { INTERVAL_COLUMNS } from "./writeIntervalCsv";
import type { Mapping } from "./mapping";

const [caseId, activity, start, end, resource, lifecycle, sequence] = INTERVAL_COLUMNS;

/**
 * @param tags the domain's case event tags (`caseEventTags` from `@sagsflow/domain`).
 * @example importHistory("export.xes", { mapping: sagsflowMapping(caseEventTags) })
 */
export function sagsflowMapping(tags: ReadonlyArray<string>): Mapping {
  return {
    description: "sagsflow export (interval CSV, XES or OCEL 2.0 written by api/src/interop)",
    columns: { caseId, activity, start, end, resource, lifecycle, sequence },
    activities: Object.fromEntries(tags.map((tag) => [tag, { event: tag, passAttributes: true }])),
  };
}
