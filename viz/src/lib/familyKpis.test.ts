import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { familyKpis } from "./familyKpis";

describe("familyKpis", () => {
  it("reads every family's headline KPIs from the library index", () => {
    const text = readFileSync(
      join(import.meta.dirname, "../../../scenarios/library/index.yaml"),
      "utf8",
    );
    const k = familyKpis(text);
    expect(Object.keys(k)).toEqual([
      "lyngby-taarbaek",
      "naestved",
      "soroe",
      "skanderborg",
      "regimer",
    ]);
    expect(k.naestved).toEqual([
      "handoffWaitDays",
      "caseloadPerCaseworker",
      "rettidighed",
      "shareEndingInJob",
    ]);
  });
});
