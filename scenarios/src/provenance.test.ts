import { describe, expect, it } from "vitest";
import { applyOverlay } from "./overlay";
import { stripProvenance } from "./provenance";

describe("stripProvenance", () => {
  it("flags bare library values by path", () => {
    const r = stripProvenance(
      { a: { b: 3, c: { value: 2, source: "x" } } },
      { requireProvenance: true },
    );
    expect(r.plain).toEqual({ a: { b: 3, c: 2 } });
    expect(r.problems.map((p) => p.path.join("."))).toEqual(["a.b"]);
  });

  it("rejects a value outside its estimate range", () => {
    const r = stripProvenance(
      { x: { value: 9, estimate: { low: 1, high: 5, note: "n" } } },
      { requireProvenance: true },
    );
    expect(r.problems[0]?.message).toContain("[1, 5]");
  });

  it("rejects an estimate without a note", () => {
    const r = stripProvenance(
      { x: { value: 2, estimate: { low: 1, high: 5 } } },
      { requireProvenance: true },
    );
    expect(r.problems[0]?.path).toEqual(["x", "estimate", "note"]);
  });
});

describe("applyOverlay", () => {
  it("merges objects and replaces provenance nodes whole", () => {
    const base = { a: { value: 1, source: "s" }, b: { c: 1, d: 2 } };
    expect(applyOverlay(base, { a: { value: 5, source: "t" }, b: { d: 3 } })).toEqual({
      a: { value: 5, source: "t" },
      b: { c: 1, d: 3 },
    });
  });

  it("edits inside a provenance-wrapped object when the overlay is plain", () => {
    const base = { shares: { value: { x: 0.5, y: 0.5 }, source: "s" } };
    expect(applyOverlay(base, { shares: { x: 0.4, y: 0.6 } })).toEqual({
      shares: { x: 0.4, y: 0.6 },
    });
  });
});
