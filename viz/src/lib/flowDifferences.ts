/**
 * Which flows of the Sankey grow or shrink (issue 23 §4): per stage pair, the variant's share of its cases minus the
 * basis's share of its cases (case counts differ between scenarios), sorted by size of the change.
 */
import type { PathLink, Stage } from "@sagsflow/domain";

export interface FlowDifference {
  readonly source: Stage;
  readonly target: Stage;
  readonly baseline: number;
  readonly variant: number;
  /** Variant share minus basis share of the measured cases, as a fraction (0.05 = 5 procentpoint). */
  readonly shareDifference: number;
}

export const flowDifferences = (
  base: { readonly cases: number; readonly paths: ReadonlyArray<PathLink> },
  variant: { readonly cases: number; readonly paths: ReadonlyArray<PathLink> },
): ReadonlyArray<FlowDifference> => {
  const key = (l: PathLink) => `${l.source}\u0000${l.target}`;
  const b = new Map(base.paths.map((l) => [key(l), l]));
  const v = new Map(variant.paths.map((l) => [key(l), l]));
  const share = (n: number, cases: number) => (cases > 0 ? n / cases : 0);
  return [...new Set([...b.keys(), ...v.keys()])]
    .map((k) => {
      const l = (b.get(k) ?? v.get(k)) as PathLink;
      const bn = b.get(k)?.value ?? 0;
      const vn = v.get(k)?.value ?? 0;
      return {
        source: l.source,
        target: l.target,
        baseline: bn,
        variant: vn,
        shareDifference: share(vn, variant.cases) - share(bn, base.cases),
      };
    })
    .sort((x, y) => Math.abs(y.shareDifference) - Math.abs(x.shareDifference));
};
