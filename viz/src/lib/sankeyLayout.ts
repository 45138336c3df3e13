/**
 * A small Sankey layout for fixed columns: node rectangles stacked per column, link bands as cubic curves.
 * Pure geometry (d3 style: computing is separate from drawing); the view only renders rects and paths.
 */

export interface SankeyInput<N extends string> {
  readonly links: ReadonlyArray<{ readonly source: N; readonly target: N; readonly value: number }>;
  readonly column: (node: N) => number;
  /** Vertical order inside a column (lower first). */
  readonly order: (node: N) => number;
  readonly width: number;
  readonly height: number;
  readonly nodeWidth: number;
  readonly padding: number;
}

export interface SankeyNode<N extends string> {
  readonly id: N;
  readonly value: number;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

export interface SankeyLink<N extends string> {
  readonly source: N;
  readonly target: N;
  readonly value: number;
  readonly width: number;
  /** Centre of the band at the source's right edge and at the target's left edge. */
  readonly y0: number;
  readonly y1: number;
  readonly path: string;
}

const nodeValues = <N extends string>(links: SankeyInput<N>["links"]): Map<N, number> => {
  const inflow = new Map<N, number>();
  const outflow = new Map<N, number>();
  for (const l of links) {
    outflow.set(l.source, (outflow.get(l.source) ?? 0) + l.value);
    inflow.set(l.target, (inflow.get(l.target) ?? 0) + l.value);
  }
  const out = new Map<N, number>();
  for (const id of new Set([...inflow.keys(), ...outflow.keys()])) {
    out.set(id, Math.max(inflow.get(id) ?? 0, outflow.get(id) ?? 0));
  }
  return out;
};

const placeNodes = <N extends string>(
  input: SankeyInput<N>,
  values: Map<N, number>,
): Map<N, SankeyNode<N>> => {
  const columns = new Map<number, N[]>();
  for (const id of values.keys()) {
    const c = input.column(id);
    columns.set(c, [...(columns.get(c) ?? []), id]);
  }
  const maxColumn = Math.max(0, ...columns.keys());
  // One vertical scale for all columns: the fullest column fills the height.
  let ky = Number.POSITIVE_INFINITY;
  for (const ids of columns.values()) {
    const total = ids.reduce((a, id) => a + (values.get(id) ?? 0), 0);
    if (total > 0) ky = Math.min(ky, (input.height - input.padding * (ids.length - 1)) / total);
  }
  if (!Number.isFinite(ky)) ky = 0;
  const nodes = new Map<N, SankeyNode<N>>();
  for (const [c, ids] of columns) {
    ids.sort((a, b) => input.order(a) - input.order(b));
    const x0 = maxColumn === 0 ? 0 : (c / maxColumn) * (input.width - input.nodeWidth);
    let y = 0;
    for (const id of ids) {
      const h = (values.get(id) ?? 0) * ky;
      nodes.set(id, {
        id,
        value: values.get(id) ?? 0,
        x0,
        x1: x0 + input.nodeWidth,
        y0: y,
        y1: y + h,
      });
      y += h + input.padding;
    }
  }
  return nodes;
};

/** Lays out nodes and links; link bands leave each node in the order of their targets' heights (few crossings). */
export const sankeyLayout = <N extends string>(
  input: SankeyInput<N>,
): {
  readonly nodes: ReadonlyArray<SankeyNode<N>>;
  readonly links: ReadonlyArray<SankeyLink<N>>;
} => {
  const values = nodeValues(input.links);
  const nodes = placeNodes(input, values);
  const total = Math.max(...[...values.values()].map((v) => v), 0);
  const at = (id: N) => nodes.get(id) as SankeyNode<N>;
  const ky =
    total === 0
      ? 0
      : [...nodes.values()].reduce((k, n) => (n.value > 0 ? (n.y1 - n.y0) / n.value : k), 0);
  const sorted = [...input.links].filter((l) => l.value > 0);
  const outOffset = new Map<N, number>();
  const inOffset = new Map<N, number>();
  const placed = new Map<(typeof sorted)[number], { y0: number; y1: number; width: number }>();
  for (const l of [...sorted].sort((a, b) => at(a.target).y0 - at(b.target).y0)) {
    const w = l.value * ky;
    const y0 = at(l.source).y0 + (outOffset.get(l.source) ?? 0) + w / 2;
    outOffset.set(l.source, (outOffset.get(l.source) ?? 0) + w);
    placed.set(l, { y0, y1: 0, width: w });
  }
  for (const l of [...sorted].sort((a, b) => at(a.source).y0 - at(b.source).y0)) {
    const p = placed.get(l) as { y0: number; y1: number; width: number };
    p.y1 = at(l.target).y0 + (inOffset.get(l.target) ?? 0) + p.width / 2;
    inOffset.set(l.target, (inOffset.get(l.target) ?? 0) + p.width);
  }
  const links = sorted.map((l) => {
    const p = placed.get(l) as { y0: number; y1: number; width: number };
    const xa = at(l.source).x1;
    const xb = at(l.target).x0;
    const xm = (xa + xb) / 2;
    const path = `M${xa},${p.y0}C${xm},${p.y0} ${xm},${p.y1} ${xb},${p.y1}`;
    return {
      source: l.source,
      target: l.target,
      value: l.value,
      width: p.width,
      y0: p.y0,
      y1: p.y1,
      path,
    };
  });
  return { nodes: [...nodes.values()], links };
};
