import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "./parseScenarioText";
import { MAX_NESTING, MAX_SCENARIO_CHARS } from "./yamlLimits";

const refusal = (text: string) => {
  const r = parseScenarioText("s.yaml", text, false);
  if (Result.isSuccess(r)) throw new Error(`accepted: ${text.slice(0, 80)}`);
  return r.failure.problems[0];
};

describe("parseScenarioText refuses what a scenario must not hold", () => {
  it.each([
    ["a !!set", "id: x\nshares: !!set {a, b}\n", "shares", "!!set", 2],
    ["a !!binary", "id: x\nb: !!binary aGk=\n", "b", "!!binary", 2],
    ["a local tag", "id: x\nb: !mine 1\n", "", "(YAML)", 2],
    [
      "a __proto__ key",
      "levers:\n  __proto__: { polluted: 1 }\n",
      "levers.__proto__",
      "__proto__",
      2,
    ],
    ["a constructor key", "a: [ { constructor: 1 } ]\n", "a.0.constructor", "constructor", 1],
    ["a duplicate key", "id: x\nname: a\nid: y\n", "id", "id", 3],
    ["an undefined alias", "a: 1\nb: *nowhere\n", "b", "*nowhere", 2],
    ["a self alias", "a: &x [1, *x]\n", "a.1", "*x", 1],
    ["a collection key", "? [a]\n: 1\n", "", '["a"]', 1],
    ["an infinite number", "a:\n  b: .inf\n", "a.b", ".inf", 2],
    ["a second document", "a: 1\n---\nb: 2\n", "", "(YAML)", 2],
  ])("refuses %s with field, value and line", (_, text, field, value, line) => {
    expect(refusal(text)).toMatchObject({ field, value, line });
  });

  it("refuses an alias bomb before building it", () => {
    const rows = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++)
      rows.push(
        `${"abcdefghi"[i]}: &${"abcdefghi"[i]} [${`*${"abcdefghi"[i - 1]}, `.repeat(9)}*${"abcdefghi"[i - 1]}]`,
      );
    expect(refusal(`${rows.join("\n")}\n`)?.message).toContain("aliases");
  });

  it("refuses flow nesting past the limit without parsing it", () => {
    const p = refusal(`id: x\nvalue: ${"[".repeat(100_000)}\n`);
    expect(p).toMatchObject({ line: 2, message: `nested deeper than ${MAX_NESTING} levels` });
  });

  it("refuses block nesting past the limit", () => {
    let text = "";
    for (let i = 0; i <= MAX_NESTING; i++) text += `${" ".repeat(i)}k${i}:\n`;
    expect(refusal(`${text}${" ".repeat(MAX_NESTING + 1)}x: 1\n`)?.message).toContain(
      "nested deeper",
    );
  });

  it("refuses a text over the size limit by its length", () => {
    expect(refusal(`a: "${"x".repeat(MAX_SCENARIO_CHARS)}"\n`)?.message).toContain(
      String(MAX_SCENARIO_CHARS),
    );
  });

  it("accepts plain data with a few aliases", () => {
    const r = parseScenarioText("s.yaml", "a: &x { b: 1 }\nc: *x\nd: !!str 2\n", false);
    expect(Result.isSuccess(r) && r.success.tree).toEqual({ a: { b: 1 }, c: { b: 1 }, d: "2" });
  });
});
