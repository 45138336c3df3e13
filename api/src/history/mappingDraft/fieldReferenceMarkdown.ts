/** The field reference of docs/history.md, generated from the event schemas (eventFieldReference) and from what
 *  `mapping init` recognises, so the docs cannot drift from either (a test compares them). */
import { eventFieldReference, type FieldInfo } from "../eventFieldReference";
import { eventLabel } from "../eventLabels";
import { ACTIVITY_LABELS, COLUMN_NAMES, type ColumnRole } from "./draftVocabulary";
import { draftField } from "./fieldDrafts";

/** The draft's column role for a field. */
const ROLE: Readonly<Record<string, ColumnRole>> = {
  firstAbsenceDay: "firstAbsenceDay",
  employment: "employment",
  ageBand: "ageBand",
  diagnosisGroup: "diagnosisGroup",
  sector: "sector",
  kategori: "kategori",
  reason: "reason",
  jobmaal: "jobmaal",
  workHoursPerWeek: "hours",
};

function source(info: FieldInfo): string {
  const role = ROLE[info.field];
  const columns =
    role === undefined
      ? ""
      : `kolonne ${COLUMN_NAMES[role]
          .slice(0, 3)
          .map((c) => `\`${c}\``)
          .join(", ")} …`;
  const fallback = draftField(info, role === "ageBand" ? { cpr: "CPR" } : {});
  const rest =
    fallback === undefined
      ? ""
      : `uden kolonne \`${fallback.source}\`${role === "ageBand" ? " (med CPR-kolonne, ellers `{ const: ukendt }`)" : ""}`;
  return [columns, rest].filter((s) => s !== "").join("; ") || "—";
}

const cell = (s: string): string => s.replace(/\|/g, "\\|");

/** Markdown: one table per event, then the activity labels `mapping init` recognises. */
export function fieldReferenceMarkdown(): string {
  const out: Array<string> = [];
  for (const [tag, fields] of eventFieldReference) {
    const labels = ACTIVITY_LABELS.filter(([, g]) => g.event === tag).map(([l]) => `"${l}"`);
    out.push(`#### \`${tag}\` (${eventLabel(tag)})`);
    out.push(
      labels.length === 0
        ? "mapping init genkender ingen etiket; map den selv."
        : `mapping init genkender: ${labels.join(", ")}.`,
    );
    if (fields.length === 0) {
      out.push("Ingen felter ud over sag, dato og medarbejder.", "");
      continue;
    }
    out.push(
      "",
      "| felt | krævet | slags | tilladte værdier | kilde i udkastet |",
      "|---|---|---|---|---|",
    );
    for (const f of fields) {
      const allowed = f.allowed?.map((a) => `\`${a}\``).join(", ") ?? f.constraint ?? "";
      out.push(
        `| \`${f.field}\` | ${f.required ? "ja" : "nej"} | ${f.kind} | ${cell(allowed)} | ${cell(f.required ? source(f) : "—")} |`,
      );
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
