/** A realistic synthetic history export for the fictional Fjordby Kommune: the baseline scenario's
 *  case-flow model run with a seed, written as a Danish semicolon CSV with dd-mm-yyyy dates (issue 8, item 5). */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { CaseEvent } from "@sagsflow/domain";
import { LIBRARY_DIR, loadScenario, type ScenarioInvalid } from "@sagsflow/scenarios/node";
import { runCaseFlow } from "@sagsflow/simulator/model";
import { Result } from "effect";
import { DEMO_FIELD_COLUMNS, demoActivityOf } from "./demoActivities";
import { DEMO_COLUMNS, demoMappingYaml } from "./demoMapping";

export interface DemoHistoryOptions {
  readonly seed: number;
  /** Number of cases (the first ones to arrive); default every case of one baseline run, about 2,300. */
  readonly cases?: number | undefined;
}

export interface DemoHistory {
  /** Semicolon CSV text with CRLF line ends; write it as Windows-1252 or UTF-8. */
  readonly csv: string;
  readonly mapping: string;
  readonly cases: number;
  readonly events: number;
}

export const DEMO_MUNICIPALITY = "Fjordby Kommune (fiktiv)";
const STAFF: Readonly<Record<string, ReadonlyArray<string>>> = {
  sagsbehandler: [
    "Mette Kjærgaard",
    "Søren Ærø",
    "Åse Møller",
    "Jens Østergård",
    "Line Bæk",
    "Ahmad Rasouli",
  ],
  jobkonsulent: ["Birgitte Lønborg", "Kasper Dræby", "Fatima Højlund"],
  virksomhedskonsulent: ["Ole Skærbæk", "Nanna Fjord"],
};

/** A fictional name per case and role, stable for the same case (a caseworker keeps the case). */
const staffName = (caseId: string, role: string): string => {
  const names = STAFF[role];
  if (names === undefined) return role;
  const h = createHash("sha1").update(`${caseId}/${role}`).digest().readUInt32BE(0);
  return names[h % names.length] ?? role;
};

const danishDate = (iso: string): string =>
  `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const cell = (v: string): string => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const valueText = (v: unknown, type: string): string =>
  type === "date"
    ? danishDate(String(v))
    : type === "boolean"
      ? v === true
        ? "ja"
        : "nej"
      : type === "number"
        ? String(v).replace(".", ",")
        : String(v);

function rowsOf(
  caseId: string,
  events: ReadonlyArray<CaseEvent>,
  label: string,
): ReadonlyArray<string> {
  const sagsnr = `FJ-${caseId.padStart(6, "0")}`;
  return events.map((event) => {
    const entry = demoActivityOf(event as unknown as { _tag: string });
    const values = new Map<string, string>();
    for (const [field, src] of Object.entries(entry?.fields ?? {}))
      values.set(src.column, valueText((event as Record<string, unknown>)[field], src.type));
    const resource =
      "resource" in event && typeof event.resource === "string"
        ? staffName(caseId, event.resource)
        : "";
    return [
      sagsnr,
      entry?.activity ?? event._tag,
      danishDate(event.date),
      resource,
      DEMO_MUNICIPALITY,
      label,
      ...DEMO_FIELD_COLUMNS.map((c) => values.get(c) ?? ""),
    ]
      .map(cell)
      .join(";");
  });
}

/**
 * Runs the baseline scenario once with `seed` and renders its cases as a case-system export.
 * Event fields the export has no column for (the explicit rule regime) are left out: the
 * importer chooses the regime by first absence day, as for any real history.
 * @example const demo = Result.getOrThrow(demoHistory({ seed: 1 })) // demo.csv, demo.mapping
 */
export function demoHistory(
  options: DemoHistoryOptions,
): Result.Result<DemoHistory, ScenarioInvalid> {
  const scenario = loadScenario(join(LIBRARY_DIR, "baseline.yaml"));
  if (Result.isFailure(scenario)) return Result.fail(scenario.failure);
  const citizens = runCaseFlow(scenario.success.params, options.seed).citizens.slice(
    0,
    options.cases,
  );
  const label = `SYNTETISK sagsflow-demo, frø ${options.seed}`;
  const header = [
    DEMO_COLUMNS.caseId,
    DEMO_COLUMNS.activity,
    DEMO_COLUMNS.timestamp,
    DEMO_COLUMNS.resource,
    ...DEMO_COLUMNS.caseAttributes,
    ...DEMO_FIELD_COLUMNS,
  ]
    .map(cell)
    .join(";");
  const lines = [header, ...citizens.flatMap((c) => rowsOf(c.caseId, c.events, label))];
  return Result.succeed({
    csv: `${lines.join("\r\n")}\r\n`,
    mapping: demoMappingYaml(),
    cases: citizens.length,
    events: lines.length - 1,
  });
}
