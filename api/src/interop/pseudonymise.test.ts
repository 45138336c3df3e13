import { Result } from "effect";
import { describe, expect, it } from "vitest";
import type { LogRecord } from "./logRecord";
import { containsCpr, makePseudonymiser, maskCpr, pseudonymiseRecord } from "./pseudonymise";

const text = (key: string | undefined, s: string) => makePseudonymiser(key).text(s);
const record: LogRecord = {
  caseId: "0101001234",
  activity: "Sygemelding",
  date: "2024-01-01",
  resource: "Søren",
  attributes: {
    "case:cpr": "010100-1234",
    note: "borger 010100-1234 ringede",
    count: 101001234,
    n: 7,
  },
  source: { file: "f.csv", line: 2 },
};

describe("CPR pseudonymisation", () => {
  it("finds ddmmyy-xxxx and ten-digit values but not dates, amounts or order numbers", () => {
    expect(["010100-1234", "0101001234", "id 3112991234."].every(containsCpr)).toBe(true);
    expect(
      ["2024-01-01", "12345678", "9912341234", "01130012345", "S-1001"].some(containsCpr),
    ).toBe(false);
  });
  it("gives one person one pseudonym whatever the spelling, and different keys different pseudonyms", () => {
    const a = text("k1", "010100-1234");
    expect(a).toEqual(text("k1", "0101001234"));
    expect(a).not.toEqual(text("k2", "0101001234"));
    expect(Result.isSuccess(a) && /^psn-[a-p]{20}$/.test(a.success)).toBe(true);
  });
  it("leaves pseudonyms alone on a second pass, so re-import is stable", () => {
    const once = Result.getOrElse(text("k", "0101001234"), () => "");
    expect(text("k", once)).toEqual(Result.succeed(once));
  });
  it("replaces CPR in case id, every attribute and numbers that lost their leading zero", () => {
    const r = pseudonymiseRecord(record, makePseudonymiser("k"));
    if (Result.isFailure(r)) throw r.failure;
    expect(JSON.stringify(r.success)).not.toMatch(/1234/);
    expect(r.success.attributes["case:cpr"]).toBe(r.success.caseId);
    expect(r.success.attributes.n).toBe(7);
  });
  it("fails with a clear error naming the field when no key is set", () => {
    const r = pseudonymiseRecord(record, makePseudonymiser(undefined));
    expect(Result.isFailure(r) && r.failure.message).toBe(
      'f.csv:2: field "case:cpr" holds a CPR-like value; set SAGSFLOW_PSEUDO_KEY to pseudonymise it',
    );
    expect(
      Result.isSuccess(
        pseudonymiseRecord(
          { ...record, caseId: "S1", attributes: {} },
          makePseudonymiser(undefined),
        ),
      ),
    ).toBe(true);
  });
  it("masks CPR in free text for logs", () => {
    expect(maskCpr("row for 010100-1234 failed")).toBe("row for [cpr] failed");
  });
});
