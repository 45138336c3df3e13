/**
 * Walks a parsed YAML document before it becomes plain values (`toJS`), and finds the first construct a scenario
 * must not hold: nesting past `MAX_NESTING`, tags beyond plain values, undefined, self-referring or too many
 * aliases, keys that are not plain text, reserved keys (`__proto__`, ...), duplicate keys, numbers that are not finite.
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node } from "yaml";
import { MAX_ALIASES, MAX_NESTING, PLAIN_TAGS, RESERVED_KEYS } from "./yamlLimits";

/** What was found, where (a character offset into the text) and at which field. */
export interface YamlFinding {
  readonly offset: number;
  readonly path: ReadonlyArray<string>;
  readonly value: string;
  readonly message: string;
}

class Found extends Error {
  constructor(readonly finding: YamlFinding) {
    super(finding.message);
  }
}

const keyText = (key: unknown): string | undefined => {
  if (!isScalar(key)) return undefined;
  const v = key.value;
  return typeof v === "string" || (typeof v === "number" && Number.isFinite(v))
    ? String(v)
    : undefined;
};

/** Returns the first finding, or undefined when the document holds plain data only. */
export const inspectYaml = (doc: Document): YamlFinding | undefined => {
  let aliases = 0;
  const ancestors = new Set<Node>();
  const stop = (
    node: { range?: unknown } | null,
    path: ReadonlyArray<string>,
    value: string,
    message: string,
  ) => {
    const range = node?.range as ReadonlyArray<number> | undefined;
    throw new Found({ offset: range?.[0] ?? 0, path, value, message });
  };
  const walk = (node: unknown, path: ReadonlyArray<string>, depth: number): void => {
    if (node === null || node === undefined) return;
    const n = node as Node;
    if (n.tag !== undefined && !PLAIN_TAGS.has(n.tag)) {
      stop(
        n,
        path,
        n.tag.replace("tag:yaml.org,2002:", "!!"),
        "YAML tags other than plain values are not allowed",
      );
    }
    if (isAlias(n)) {
      aliases++;
      if (aliases > MAX_ALIASES) stop(n, path, `*${n.source}`, `more than ${MAX_ALIASES} aliases`);
      const target = n.resolve(doc);
      if (target === undefined)
        stop(n, path, `*${n.source}`, "alias names no anchor defined before it");
      if (ancestors.has(target as Node))
        stop(n, path, `*${n.source}`, "alias refers to the value that contains it");
      walk(target, path, depth);
      return;
    }
    if (isScalar(n)) {
      if (typeof n.value === "number" && !Number.isFinite(n.value)) {
        stop(n, path, String(n.source ?? n.value), "numbers must be finite");
      }
      return;
    }
    if (!isMap(n) && !isSeq(n)) return;
    if (depth >= MAX_NESTING)
      stop(n, path, `(${depth + 1} levels)`, `nested deeper than ${MAX_NESTING} levels`);
    ancestors.add(n);
    if (isSeq(n)) {
      for (const [i, item] of n.items.entries()) walk(item, [...path, String(i)], depth + 1);
    } else walkMap(n.items, path, depth);
    ancestors.delete(n);
  };
  const walkMap = (
    items: ReadonlyArray<unknown>,
    path: ReadonlyArray<string>,
    depth: number,
  ): void => {
    const seen = new Set<string>();
    for (const pair of items) {
      if (!isPair(pair)) continue;
      const key = keyText(pair.key);
      const keyNode = pair.key as Node | null;
      if (key === undefined)
        stop(keyNode, path, String(keyNode ?? "(tom)"), "keys must be plain text");
      const k = key as string;
      if (RESERVED_KEYS.has(k)) stop(keyNode, [...path, k], k, "reserved key name");
      if (seen.has(k)) stop(keyNode, [...path, k], k, "key appears twice");
      seen.add(k);
      walk(pair.value, [...path, k], depth + 1);
    }
  };
  try {
    walk(doc.contents, [], 0);
    return undefined;
  } catch (e) {
    if (e instanceof Found) return e.finding;
    throw e;
  }
};
