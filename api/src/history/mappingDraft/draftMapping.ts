/** Writes the commented mapping draft (version 2) for a profiled CSV: recognised columns, activities with every
 *  required field filled (or marked TJEK), value translations of the values seen, the date formats seen, a skip rule
 *  for totals rows and personal-data columns dropped. Deterministic: the same file gives the same text. */
import { basename } from "node:path";
import { normaliseLabel } from "../../interop";
import { fieldsOf } from "../eventFieldReference";
import { eventLabel } from "../eventLabels";
import type { ColumnRole } from "./draftVocabulary";
import { draftField, withDefault } from "./fieldDrafts";
import type { CsvProfile } from "./profileCsv";
import { recogniseActivity, recogniseColumns, recogniseValue } from "./recognise";

const q = (s: string): string => JSON.stringify(s);
const rows = (n: number): string => `${n} ${n === 1 ? "række" : "rækker"}`;
/** Value-mapped fields: their column role and the field whose allowed values apply. */
const VALUE_FIELDS: ReadonlyArray<readonly [ColumnRole, string]> = [
  ["employment", "employment"],
  ["kategori", "kategori"],
  ["reason", "reason"],
  ["diagnosisGroup", "diagnosisGroup"],
];

const sortedValues = (m: Map<string, number> | undefined): Array<[string, number]> =>
  [...(m ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

/** Normalised label → the most frequent spelling and the total count. */
function activityLabels(values: Map<string, number> | undefined): Array<[string, number]> {
  const groups = new Map<string, { spelling: string; best: number; total: number }>();
  for (const [label, n] of sortedValues(values)) {
    const key = normaliseLabel(label);
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { spelling: label, best: n, total: n });
    else g.total += n;
  }
  return [...groups.values()]
    .map((g) => [g.spelling, g.total] as [string, number])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function valueBlock(
  profile: CsvProfile,
  column: string,
  field: string,
  allowed: string,
): Array<string> {
  const i = profile.header.indexOf(column);
  const lines = [`  ${q(column)}:`];
  for (const [value, n] of sortedValues(profile.values[i])) {
    const domain = recogniseValue(field, value);
    if (domain === undefined)
      lines.push(
        `    # TJEK: ${q(value)} (${rows(n)}) er ikke genkendt; tilføj fx  ${q(value)}: <${allowed}>`,
      );
    else if (String(domain) !== value)
      lines.push(
        `    ${q(value)}: ${typeof domain === "number" ? domain : q(domain)}${field === "employment" && domain === "ledig-forsikret" && normaliseLabel(value) === "ledig" ? "  # TJEK: antaget forsikret (a-kasse); ret til ledig-uforsikret hvis ikke" : ""}`,
      );
  }
  return lines.length > 1 ? lines : [];
}

function sourceBlock(profile: CsvProfile, timestamp: string | undefined): Array<string> {
  const shapes =
    timestamp === undefined
      ? []
      : sortedValues(profile.dateShapes[profile.header.indexOf(timestamp)]).map(([s]) => s);
  return [
    "source:",
    `  encoding: ${profile.encoding}`,
    `  delimiter: ${q(profile.delimiter)}`,
    ...(shapes.length === 0
      ? []
      : [`  dateFormats: [${shapes.map(q).join(", ")}]  # set i kolonnen ${timestamp}`]),
  ];
}

function activityBlock(
  label: string,
  n: number,
  cols: Partial<Record<ColumnRole, string>>,
): Array<string> | undefined {
  const guess = recogniseActivity(label);
  if (guess === undefined) return undefined;
  const lines = [
    `  ${q(label)}:  # ${rows(n)}, ${eventLabel(guess.event)}`,
    `    event: ${guess.event}`,
  ];
  const fields: Array<string> = [];
  for (const info of fieldsOf(guess.event) ?? []) {
    const fixed = guess.fields?.[info.field];
    if (fixed !== undefined) {
      fields.push(`      ${info.field}: { const: ${fixed} }`);
      continue;
    }
    if (!info.required) continue;
    const d = draftField(info, cols);
    if (d === undefined) fields.push(`      # TJEK: ${info.field} (${info.kind}) skal udfyldes`);
    else
      fields.push(
        `      ${info.field}: ${withDefault(d, info.field).source}${d.comment === undefined ? "" : `  # ${d.comment}`}`,
      );
  }
  return fields.length === 0 ? lines : [...lines, "    fields:", ...fields];
}

/**
 * @example draftMapping(await profileCsv("eksport.csv"), "eksport.csv") // YAML text
 */
export function draftMapping(profile: CsvProfile, file: string): string {
  const cols = recogniseColumns(profile.header);
  const role = (r: ColumnRole) =>
    cols[r] === undefined ? [] : [`  ${r}: ${q(cols[r] as string)}`];
  const labels =
    cols.activity === undefined
      ? []
      : activityLabels(profile.values[profile.header.indexOf(cols.activity)]);
  const mapped = labels.map(([l, n]) => [l, n, activityBlock(l, n, cols)] as const);
  const values = VALUE_FIELDS.flatMap(([r, field]) => {
    const column = cols[r];
    const allowed =
      (
        fieldsOf(
          field === "kategori"
            ? "VisitationCompleted"
            : field === "reason"
              ? "CaseClosed"
              : "SygemeldingReceived",
        ) ?? []
      )
        .find((f) => f.field === field)
        ?.allowed?.join("|") ?? "";
    return column === undefined ? [] : valueBlock(profile, column, field, allowed);
  });
  const drop =
    cols.name === undefined
      ? []
      : [`  drop: [${q(cols.name)}]  # personoplysning: læses aldrig, vises aldrig`];
  return `${[
    `# Mappingudkast for ${basename(file)}, skrevet af \`sagsflow mapping init\` (${rows(profile.rows)} læst).`,
    "# Gennemse linjerne med TJEK. Prøv så: sagsflow import FIL --mapping DENNE --dry-run",
    "version: 2",
    `description: ${q(`Udkast til ${basename(file)}`)}`,
    ...sourceBlock(profile, cols.timestamp),
    "columns:",
    ...role("caseId"),
    ...role("activity"),
    ...role("timestamp"),
    ...role("resource"),
    ...(cols.cpr === undefined
      ? []
      : [
          `  cpr: ${q(cols.cpr)}  # pseudonymiseres med SAGSFLOW_PSEUDO_KEY; gemmes aldrig i klartekst`,
        ]),
    ...drop,
    ...(profile.totals.size === 0 || cols.caseId === undefined
      ? []
      : [
          "skipRows:  # sumrækker, ikke hændelser",
          `  - { column: ${q(cols.caseId)}, values: [${[...profile.totals].sort().map(q).join(", ")}] }`,
        ]),
    "unmapped: reject  # en aktivitet, der hverken står under activities eller ignore, afviser sin sag",
    ...(values.length === 0
      ? []
      : ["values:  # oversættelser af kildeværdier (store/små bogstaver er lige)", ...values]),
    mapped.some(([, , b]) => b !== undefined)
      ? "activities:"
      : "activities: {}  # TJEK: ingen aktivitet genkendt",
    ...mapped.flatMap(([, , block]) => block ?? []),
    ...(mapped.some(([, , b]) => b === undefined)
      ? [
          "ignore:  # ikke genkendt: flyt en aktivitet under activities, hvis den har betydning",
          ...mapped
            .filter(([, , b]) => b === undefined)
            .map(([l, n]) => `  - ${q(l)}  # ${rows(n)}`),
        ]
      : []),
  ].join("\n")}\n`;
}
