/** Converts a source attribute to the type a mapping declares for a domain field (CSV gives text). */
import { Result } from "effect";
import type { AttributeValue } from "./logRecord";
import type { FieldType } from "./mapping";
import { parseDate } from "./parseDate";

const TRUE = new Set(["true", "ja", "1", "yes"]);
const FALSE = new Set(["false", "nej", "0", "no"]);

/** @example coerceField("12", "int") // Success(12) */
export function coerceField(
  value: AttributeValue,
  type: FieldType,
): Result.Result<AttributeValue, string> {
  if (type === "string") return Result.succeed(String(value));
  if (type === "date") {
    const d = parseDate(String(value));
    return Result.isFailure(d) ? Result.fail(d.failure) : Result.succeed(d.success.date);
  }
  if (type === "boolean") {
    if (typeof value === "boolean") return Result.succeed(value);
    const t = String(value).trim().toLowerCase();
    return TRUE.has(t)
      ? Result.succeed(true)
      : FALSE.has(t)
        ? Result.succeed(false)
        : Result.fail("forventede ja/nej eller true/false");
  }
  const n = typeof value === "number" ? value : Number(String(value).trim().replace(",", "."));
  if (String(value).trim() === "" || !Number.isFinite(n)) return Result.fail("forventede et tal");
  if (type === "int" && !Number.isInteger(n)) return Result.fail("forventede et heltal");
  return Result.succeed(n);
}
