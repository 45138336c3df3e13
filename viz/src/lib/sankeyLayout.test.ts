import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sankeyLayout } from "./sankeyLayout";

type N = "a" | "b" | "c" | "d";
const columns: Record<N, number> = { a: 0, b: 1, c: 1, d: 2 };
const layout = (links: ReadonlyArray<{ source: N; target: N; value: number }>) =>
  sankeyLayout<N>({
    links,
    column: (n) => columns[n],
    order: (n) => "abcd".indexOf(n),
    width: 300,
    height: 200,
    nodeWidth: 10,
    padding: 10,
  });

describe("sankeyLayout", () => {
  it("places columns left to right and fills the height in the fullest column", () => {
    const { nodes } = layout([
      { source: "a", target: "b", value: 30 },
      { source: "a", target: "c", value: 10 },
      { source: "b", target: "d", value: 30 },
    ]);
    const at = (id: N) => nodes.find((n) => n.id === id);
    expect(at("a")?.x0).toBe(0);
    expect(at("d")?.x1).toBe(300);
    expect(at("b")?.y0).toBe(0);
    // column 1 holds b and c: 40 units plus one padding fill 200 px, so 1 unit = 190/40 px
    expect((at("c")?.y1 ?? 0) - (at("b")?.y0 ?? 0)).toBeCloseTo(200, 9);
  });
  it("gives each link a width proportional to its value, stacked inside its nodes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (x, y) => {
        const { nodes, links } = layout([
          { source: "a", target: "b", value: x },
          { source: "a", target: "c", value: y },
        ]);
        const a = nodes.find((n) => n.id === "a");
        const widths = links.reduce((s, l) => s + l.width, 0);
        expect(widths).toBeCloseTo((a?.y1 ?? 0) - (a?.y0 ?? 0), 9);
        const [l1, l2] = links;
        expect((l1?.width ?? 0) / (l2?.width ?? 1)).toBeCloseTo(x / y, 9);
      }),
      { seed: 5, verbose: true },
    );
  });
  it("draws each link from the source's right edge to the target's left edge", () => {
    const { links } = layout([{ source: "a", target: "d", value: 1 }]);
    expect(links[0]?.path).toMatch(/^M10,[\d.]+C/);
    expect(links[0]?.path).toMatch(/ 290,[\d.]+$/);
  });
});
