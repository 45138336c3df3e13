/** Parses one scenario file's YAML text, keeping positions so problems can name line and column. */
import { Result } from "effect";
import { isMap, isScalar, LineCounter, parseDocument, type Node } from "yaml";
import type { Locate, ScenarioSource } from "./compileScenario";
import { ScenarioInvalid } from "./scenarioInvalid";

const childOf = (node: Node | null | undefined, key: string): Node | null | undefined => {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return pair?.value as Node | null | undefined;
};

/** Finds a parameter path, stepping into a provenance node's `value` when the path goes on beneath it. */
const locator =
  (root: Node | null, lines: LineCounter): Locate =>
  (path) => {
    let node: Node | null | undefined = root;
    for (const key of path) {
      const direct = childOf(node, key);
      node = direct !== undefined ? direct : childOf(childOf(node, "value"), key);
      if (node === undefined) return undefined;
    }
    const wrapped = childOf(node, "value");
    const target = wrapped ?? node;
    const offset = target?.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };

export const parseScenarioText = (
  file: string,
  text: string,
  library: boolean,
): Result.Result<ScenarioSource, ScenarioInvalid> => {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const error = doc.errors[0];
  if (error !== undefined) {
    const { line, col } = lines.linePos(error.pos[0]);
    const message = error.message.split("\n")[0] ?? "invalid YAML";
    return Result.fail(
      new ScenarioInvalid({
        problems: [{ file, line, column: col, field: "", value: "(YAML)", message }],
      }),
    );
  }
  return Result.succeed({ file, tree: doc.toJS(), library, locate: locator(doc.contents, lines) });
};
