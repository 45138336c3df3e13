/** Replaces CPR-like values (ddmmyy-xxxx or ten digits) with a keyed HMAC-SHA256 pseudonym, so one
 *  person keeps one pseudonym across files and no CPR number is stored, exported or logged (issue 8). */
import { createHmac } from "node:crypto";
import { Result } from "effect";
import { PseudonymKeyMissing } from "./interopErrors";
import type { AttributeValue, LogRecord, Reject } from "./logRecord";

// Day 01-31 and month 01-12 keep order numbers and amounts from looking like CPR numbers.
const CPR_LIKE = /(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d{2})-?(\d{4})(?!\d)/g;

// Pseudonyms use letters only, so a pseudonym can never look CPR-like and re-import leaves it as is.
const LETTERS = "abcdefghijklmnop";
const toLetters = (hex: string): string =>
  hex.replace(/[0-9a-f]/g, (c) => LETTERS[Number.parseInt(c, 16)] ?? "");

/** True when the text contains a CPR-like value. */
export function containsCpr(text: string): boolean {
  CPR_LIKE.lastIndex = 0;
  return CPR_LIKE.test(text);
}

/** Pseudonymises CPR-like values in text; without a key, any CPR-like value is an error. */
export interface Pseudonymiser {
  readonly text: (value: string) => Result.Result<string, "key-missing">;
}

/**
 * @param key the secret from `SAGSFLOW_PSEUDO_KEY`; `undefined` allows only CPR-free input.
 * @example makePseudonymiser("k").text("010100-1234") // Success("psn-…")
 */
export function makePseudonymiser(key: string | undefined): Pseudonymiser {
  const cache = new Map<string, string>();
  const pseudonym = (digits: string, k: string): string => {
    let p = cache.get(digits);
    if (p === undefined) {
      if (cache.size >= 100_000) cache.clear(); // bounded, so streaming imports stay flat in memory
      p = `psn-${toLetters(createHmac("sha256", k).update(digits).digest("hex").slice(0, 20))}`;
      cache.set(digits, p);
    }
    return p;
  };
  return {
    text: (value) => {
      if (!containsCpr(value)) return Result.succeed(value);
      if (key === undefined || key === "") return Result.fail("key-missing");
      return Result.succeed(
        value.replace(CPR_LIKE, (_m, d, m, y, n) => pseudonym(`${d}${m}${y}${n}`, key)),
      );
    },
  };
}

/** Masks CPR-like values in log and reject text where no pseudonym is needed. */
export const maskCpr = (text: string): string => text.replace(CPR_LIKE, "[cpr]");

// Two or more capitalised words ("Vibeke Hansen", "Jens-Ole Ibsen"): how a citizen's name looks in a shifted column.
const NAME_LIKE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+$/u;

/**
 * A cell value as a reject reason may show it: CPR numbers masked, and a value shaped like a person's name withheld
 * (columns shifted by one put `Navn` where a code was expected; the reason still names column and rule).
 * @example shownValue("Vibeke Hansen") // "[navnelignende tekst]"
 */
export const shownValue = (value: string): string =>
  NAME_LIKE.test(value.trim()) ? "[navnelignende tekst]" : maskCpr(value).slice(0, 80);

/** A whole-number attribute whose ten-digit form is CPR-like (a leading zero lost in a number column). */
const numericCpr = (v: number): string | undefined => {
  if (!Number.isInteger(v) || v < 1e8 || v >= 1e10) return undefined;
  const s = String(v).padStart(10, "0");
  return containsCpr(s) ? s : undefined;
};

/** Fast path: most records hold no CPR-like value and are passed on unchanged. */
function recordHasCpr(record: LogRecord): boolean {
  if (
    containsCpr(record.caseId) ||
    containsCpr(record.activity) ||
    (record.resource !== undefined && containsCpr(record.resource))
  )
    return true;
  for (const k in record.attributes) {
    const v = record.attributes[k];
    if (
      typeof v === "string" ? containsCpr(v) : typeof v === "number" && numericCpr(v) !== undefined
    )
      return true;
  }
  return false;
}

/** Pseudonymises case id, activity, resource and every attribute of a record. */
export function pseudonymiseRecord(
  record: LogRecord,
  p: Pseudonymiser,
): Result.Result<LogRecord, PseudonymKeyMissing> {
  if (!recordHasCpr(record)) return Result.succeed(record);
  let failedField: string | undefined;
  const scrub = (field: string, v: string): string => {
    const r = p.text(v);
    if (Result.isSuccess(r)) return r.success;
    failedField ??= field;
    return "";
  };
  const attributes: Record<string, AttributeValue> = {};
  for (const [k, v] of Object.entries(record.attributes)) {
    const asText = typeof v === "number" ? numericCpr(v) : typeof v === "string" ? v : undefined;
    attributes[k] = asText === undefined ? v : scrub(k, asText);
  }
  const out: LogRecord = {
    ...record,
    caseId: scrub("case id", record.caseId),
    activity: scrub("activity", record.activity),
    ...(record.resource === undefined ? {} : { resource: scrub("resource", record.resource) }),
    attributes,
  };
  return failedField === undefined
    ? Result.succeed(out)
    : Result.fail(
        new PseudonymKeyMissing({
          file: record.source.file,
          line: record.source.line,
          field: failedField,
        }),
      );
}

/** Rejects carry the pseudonymised case id and a masked reason. */
export function scrubReject(reject: Reject, p: Pseudonymiser): Reject {
  const caseId = reject.caseId === undefined ? undefined : p.text(reject.caseId);
  const { caseId: _dropped, ...rest } = reject;
  return {
    ...rest,
    reason: maskCpr(reject.reason),
    ...(caseId !== undefined && Result.isSuccess(caseId) ? { caseId: caseId.success } : {}),
  };
}
