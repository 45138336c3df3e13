/** Reads a mapping YAML (version 1 or 2) and checks what the schema cannot: labels that collide once case is
 *  ignored, field specs that say nothing, derivations without their input. Messages are Danish and name the key. */
import { Result, Schema } from "effect";
import { parse } from "yaml";
import { MappingInvalid } from "./interopErrors";
import { type FieldSource, Mapping, normaliseLabel } from "./mapping";
import { maskCpr } from "./pseudonymise";

/** A mapping is a small hand-written file; anything larger is a mistake (limit named in docs/history.md). */
export const MAX_MAPPING_BYTES = 1024 * 1024;
const decode = Schema.decodeUnknownResult(Mapping, { onExcessProperty: "error" });

const firstLine = (e: unknown): string =>
  e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);

function fieldProblem(
  activity: string,
  field: string,
  src: FieldSource,
  m: Mapping,
): string | undefined {
  if (typeof src === "string") return undefined;
  const where = `activities."${activity}".fields.${field}`;
  const sources = [src.from, src.const, src.derive].filter((x) => x !== undefined);
  if (sources.length === 0 && src.default === undefined)
    return `${where} angiver hverken from, const, default eller derive`;
  if (sources.length > 1) return `${where}: vælg én af from, const og derive`;
  if (src.derive === "ageBandFromCpr" && m.columns?.cpr === undefined)
    return `${where}: derive ageBandFromCpr kræver en CPR-kolonne under columns.cpr`;
  return undefined;
}

/** Problems Schema cannot see; the first one is reported. */
function semanticProblem(m: Mapping): string | undefined {
  const seen = new Map<string, string>();
  for (const label of [...Object.keys(m.activities), ...(m.ignore ?? [])]) {
    const key = normaliseLabel(label);
    const other = seen.get(key);
    if (other !== undefined && other !== label)
      return `aktiviteterne "${other}" og "${label}" er ens, når store og små bogstaver ses bort fra`;
    seen.set(key, label);
  }
  for (const [activity, am] of Object.entries(m.activities))
    for (const [field, src] of Object.entries(am.fields ?? {})) {
      const problem = fieldProblem(activity, field, src, m);
      if (problem !== undefined) return problem;
    }
  return undefined;
}

const V2_KEYS = ["source", "skipRows", "unmapped", "values"] as const;

/**
 * Parses and validates mapping YAML text (version 1 files load unchanged; see docs/history.md).
 * @example parseMapping("activities: { Raskmeldt: { event: RaskmeldingRegistered } }", "m.yaml")
 */
export function parseMapping(text: string, file: string): Result.Result<Mapping, MappingInvalid> {
  const fail = (reason: string) =>
    Result.fail(new MappingInvalid({ file, reason: maskCpr(reason) }));
  if (text.length > MAX_MAPPING_BYTES)
    return fail(`mappingfilen er over grænsen på ${MAX_MAPPING_BYTES} bytes`);
  let raw: unknown;
  try {
    raw = parse(text, { maxAliasCount: 50, uniqueKeys: true });
  } catch (cause) {
    return fail(`ikke gyldig YAML: ${firstLine(cause)}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return fail("mappingfilen skal være et YAML-objekt med mindst nøglen activities");
  const decoded = decode(raw);
  if (Result.isFailure(decoded))
    return fail(`passer ikke til mappingformatet: ${decoded.failure.message.replace(/\s+/g, " ")}`);
  const m = decoded.success;
  const v2 = V2_KEYS.filter((k) => m[k] !== undefined);
  if (m.version === 1 && v2.length > 0)
    return fail(`${v2.join(", ")} findes først i version 2; skriv version: 2 øverst i filen`);
  const problem = semanticProblem(m);
  return problem === undefined ? Result.succeed(m) : fail(problem);
}
