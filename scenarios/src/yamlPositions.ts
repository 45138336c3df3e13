/**
 * Where each field of a parsed YAML document starts, as plain data (so a parse done in a worker thread can hand it
 * back), and the lookup that finds a parameter path in it, stepping into a provenance node's `value` when the path
 * goes on beneath it.
 */
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { Locate } from "./compileScenario";

/** Path (segments joined by NUL) to its value's line and column, or null for a key without a value. */
export type YamlPositions = ReadonlyMap<string, { line: number; column: number } | null>;

const SEP = "\u0000";
const join = (parent: string, key: string) =>
  parent === "" && key === "" ? "" : `${parent}${SEP}${key}`;

export const yamlPositions = (root: Node | null, lines: LineCounter): YamlPositions => {
  const out = new Map<string, { line: number; column: number } | null>();
  const stack: Array<readonly [Node | null, string]> = [[root, ""]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as readonly [Node | null, string];
    const offset = node?.range?.[0];
    const at = offset === undefined ? null : lines.linePos(offset);
    out.set(path, at === null ? null : { line: at.line, column: at.col });
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isPair(pair) && isScalar(pair.key)) {
          stack.push([pair.value as Node | null, join(path, String(pair.key.value))]);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        stack.push([item as Node | null, join(path, String(i))]);
      });
    }
  }
  return out;
};

export const locateIn =
  (positions: YamlPositions): Locate =>
  (path) => {
    let at = "";
    if (!positions.has(at)) return undefined;
    for (const key of path) {
      const direct = join(at, key);
      const wrapped = join(join(at, "value"), key);
      if (positions.has(direct)) at = direct;
      else if (positions.has(wrapped)) at = wrapped;
      else return undefined;
    }
    return positions.get(join(at, "value")) ?? positions.get(at) ?? undefined;
  };
