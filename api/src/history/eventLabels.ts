/** Danish labels of case events: one table, in the domain (the dashboard shows them too). */
export { EVENT_LABELS, eventLabel } from "@sagsflow/domain";
