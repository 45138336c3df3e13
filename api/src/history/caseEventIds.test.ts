import { describe, expect, it } from "vitest";
import { caseEventIds, legacyCaseEventIds } from "./caseEventIds";

const events = [
  { _tag: "SygemeldingModtaget", caseId: "S-1", date: "2024-01-02" },
  { _tag: "CvUpdated", caseId: "S-1", date: "2024-01-05" },
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("caseEventIds", () => {
  it("gives the same UUID-shaped ids for the same case content and new ones for any change", () => {
    const ids = caseEventIds("S-1", events);
    expect(ids).toEqual(caseEventIds("S-1", events));
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(2);
    const changed = caseEventIds("S-1", [events[0], { ...events[1], date: "2024-01-06" }]);
    expect(changed[0]).toBe(ids[0]);
    expect(changed[1]).not.toBe(ids[1]);
    expect(caseEventIds("S-2", events)[0]).not.toBe(ids[0]);
  });
  it("starts every id of a case with the same 48 bits, so they sit together in the store's index", () => {
    const [a, b] = caseEventIds("S-1", events) as [string, string];
    expect(a.slice(0, 13)).toBe(b.slice(0, 13));
    expect(caseEventIds("S-2", events)[0]?.slice(0, 13)).not.toBe(a.slice(0, 13));
  });
  it("still computes the ids imports gave before, pinned from that code", () => {
    expect(legacyCaseEventIds("S-1", events)).toEqual([
      "dbbe6e22-5ce2-5282-8f13-b7b2bf3efd6c",
      "9a8f09c8-d45b-530c-9f3e-ea2d5615fd9b",
    ]);
  });
});
