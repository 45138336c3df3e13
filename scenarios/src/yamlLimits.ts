/**
 * The named limits every scenario text is held to before and while it is parsed (docs/reliability.md "Limits").
 * They bound the parser's time and memory, so one hostile file cannot hang a CLI or stall the server.
 */

/** Longest scenario text read (characters); the library's baseline is about 9,500. */
export const MAX_SCENARIO_CHARS = 262_144;

/** Deepest nesting of maps and lists (the library nests five levels at most). */
export const MAX_NESTING = 32;

/** Most alias expansions (`*name`) in one file: bounds alias bombs ("billion laughs"). */
export const MAX_ALIASES = 50;

/** Keys that would reach an object's prototype if a later step copied them onto an object. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);

/** YAML core tags that only restate a plain value's type; every other tag (`!!set`, `!!binary`, `!x`) is refused. */
export const PLAIN_TAGS: ReadonlySet<string> = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`),
);

/**
 * The deepest run of unclosed `[` and `{` in `text`, counted before parsing: the YAML parser's time grows steeply
 * with flow nesting, so a text nested far beyond `MAX_NESTING` is refused without being parsed. Brackets inside
 * quotes count too, which can only overstate the depth.
 */
export const flowDepthAt = (text: string, limit: number): number | undefined => {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > limit) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return undefined;
};

/** True when a plain value nests deeper than `limit` (checked without recursion, so any depth is safe to test). */
export const nestsDeeperThan = (value: unknown, limit: number): boolean => {
  const stack: Array<readonly [unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as readonly [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
};
