/** Explains why a mapped event fails the domain schema, field by field and in Danish: a missing required field, a value
 *  outside the allowed ones (with the list and where to translate it), a field the event does not have. */
import { isIsoDate } from "@sagsflow/domain";
import { type CaseEventLike, shownValue } from "../interop";
import { ENVELOPE_FIELDS, type FieldInfo, fieldsOf } from "./eventFieldReference";
import { eventLabel } from "./eventLabels";

type Problem = { readonly field: string; readonly code: string; readonly message: string };

function problemOf(info: FieldInfo, value: unknown, label: string): Problem | undefined {
  const { field } = info;
  if (value === undefined)
    return info.required
      ? {
          field,
          code: "felt-mangler",
          message: `${label}: feltet ${field} mangler; giv det en kilde i mappingen (from: kolonne, default, const eller derive)`,
        }
      : undefined;
  if (info.kind === "valg" && !(info.allowed ?? []).some((a) => a === value))
    return {
      field,
      code: "værdi",
      message: `${label}: ${field} "${shownValue(String(value))}" er ikke en tilladt værdi (tilladt: ${(info.allowed ?? []).join(", ")}); oversæt værdien under values i mappingen`,
    };
  if (info.kind === "dato" && !(typeof value === "string" && isIsoDate(value)))
    return {
      field,
      code: "dato",
      message: `${label}: ${field} "${shownValue(String(value))}" er ikke en dato`,
    };
  if (info.kind === "tal" && typeof value !== "number")
    return {
      field,
      code: "type",
      message: `${label}: ${field} "${shownValue(String(value))}" er ikke et tal`,
    };
  if (info.kind === "ja/nej" && typeof value !== "boolean")
    return {
      field,
      code: "type",
      message: `${label}: ${field} "${shownValue(String(value))}" er ikke ja/nej`,
    };
  return undefined;
}

/**
 * @example explainFields({ _tag: "SygemeldingReceived", caseId: "S1", date: "2024-01-08", employment: "ledig" }, msg)
 */
export function explainFields(raw: CaseEventLike, schemaMessage: string): ReadonlyArray<Problem> {
  const infos = fieldsOf(raw._tag);
  const label = eventLabel(raw._tag);
  if (infos === undefined)
    return [
      {
        field: "",
        code: "hændelse-ukendt",
        message: `hændelsen "${raw._tag}" findes ikke i domænet (se feltreferencen i docs/history.md)`,
      },
    ];
  const known = new Set(infos.map((i) => i.field));
  const problems: Array<Problem> = [];
  for (const info of infos) {
    const p = problemOf(info, raw[info.field], label);
    if (p !== undefined) problems.push(p);
  }
  for (const field of Object.keys(raw))
    if (field !== "_tag" && !ENVELOPE_FIELDS.has(field) && !known.has(field))
      problems.push({
        field,
        code: "felt-ukendt",
        message: `${label}: hændelsen har intet felt ${field} (felter: ${[...known].join(", ") || "ingen"})`,
      });
  if (problems.length === 0)
    problems.push({ field: "", code: "skema", message: `${label}: ${schemaMessage}` });
  return problems;
}
