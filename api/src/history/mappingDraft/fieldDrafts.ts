/** How the draft fills each required field of an event from the recognised columns: a column, a derivation or a
 *  stated constant, each with the comment that tells the analyst what was assumed. */
import type { FieldInfo } from "../eventFieldReference";
import type { ColumnRole } from "./draftVocabulary";

export interface FieldDraft {
  /** YAML flow text of the field source, e.g. `{ from: Ansættelsesforhold }`. */
  readonly source: string;
  readonly comment?: string;
}

type Columns = Partial<Record<ColumnRole, string>>;
const q = (s: string): string =>
  /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u.test(s) && !/[.]$/.test(s) ? s : JSON.stringify(s);
const from = (column: string, extra = ""): string => `{ from: ${q(column)}${extra} }`;

/** Fields whose value the columns or a constant give; `undefined` when nothing sensible can be said. */
export function draftField(info: FieldInfo, cols: Columns): FieldDraft | undefined {
  switch (info.field) {
    case "firstAbsenceDay":
      return cols.firstAbsenceDay !== undefined
        ? { source: from(cols.firstAbsenceDay, ", type: date") }
        : {
            source: "{ derive: eventDate }",
            comment:
              "ingen kolonne med første fraværsdag: sygemeldingens dato bruges (frister regnes så fra den)",
          };
    case "employment":
      return cols.employment !== undefined
        ? { source: from(cols.employment) }
        : {
            source: "{ default: ansat }",
            comment: "TJEK: ingen kolonne med ansættelsesforhold; alle antages ansat",
          };
    case "ageBand":
      if (cols.ageBand !== undefined) return { source: from(cols.ageBand) };
      return cols.cpr !== undefined
        ? {
            source: "{ derive: ageBandFromCpr }",
            comment: "alder ved sygemeldingen, udledt af CPR-nummeret (gemmes ikke)",
          }
        : { source: "{ const: ukendt }", comment: "ingen alderskolonne" };
    case "diagnosisGroup":
      return cols.diagnosisGroup !== undefined
        ? { source: from(cols.diagnosisGroup) }
        : {
            source: "{ const: ukendt }",
            comment: "ingen diagnosekolonne; kalibreringen oplyser, hvor mange der er ukendte",
          };
    case "sector":
      return cols.sector !== undefined
        ? { source: from(cols.sector) }
        : { source: "{ const: ukendt }", comment: "ingen branchekolonne" };
    case "kategori":
      return cols.kategori !== undefined
        ? { source: from(cols.kategori, ", type: int") }
        : { source: "{ default: 2 }", comment: "TJEK: ingen kategorikolonne; kategori 2 antaget" };
    case "reason":
      return cols.reason !== undefined
        ? { source: from(cols.reason), comment: "tom årsag = oevrigt" }
        : { source: "{ const: oevrigt }", comment: "TJEK: ingen kolonne med afslutningsårsag" };
    case "jobmaal":
      return cols.jobmaal !== undefined
        ? { source: from(cols.jobmaal) }
        : { source: "{ const: ukendt }", comment: "ingen jobmålskolonne" };
    case "workHoursPerWeek":
      return cols.hours !== undefined
        ? { source: from(cols.hours, ", type: number") }
        : {
            source: "{ from: TIMER_PR_UGE, type: number }",
            comment: "TJEK: angiv kolonnen med timer pr. uge (0-37)",
          };
    case "outcome":
      return {
        source: "{ default: forlaengelse }",
        comment: "TJEK: revurderingens udfald (forlaengelse eller jobafklaring)",
      };
    case "requestedBy":
      return {
        source: "{ default: borger }",
        comment: "TJEK: hvem bad om fast track (arbejdsgiver eller borger)",
      };
    case "akasseMedlem":
      return { source: "{ default: true }", comment: "TJEK: var borgeren medlem af en a-kasse" };
    case "kind":
      return {
        source: `{ default: ${String(info.allowed?.[0] ?? "")} }`,
        comment: `TJEK: ${info.allowed?.join(" eller ") ?? ""}`,
      };
    default:
      return undefined;
  }
}

/** When a reason column is mapped, an empty cell still needs a value. */
export const withDefault = (d: FieldDraft, field: string): FieldDraft =>
  field === "reason" && d.source.startsWith("{ from:")
    ? { ...d, source: d.source.replace(/ }$/, ", default: oevrigt }") }
    : d;
