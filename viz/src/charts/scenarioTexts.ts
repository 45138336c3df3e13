/** The scenario library's YAML texts, bundled at build time so the worker can compile scenarios offline. */

const root = "../../../scenarios/library/";
const files = import.meta.glob("../../../scenarios/library/**/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Path from the library root (as `extends` resolves it, e.g. `skanderborg/crisis.yaml`) → YAML text. */
export const scenarioTexts: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.slice(root.length), text as string]),
);
