/** The scenario library's YAML texts, bundled at build time so the worker can compile scenarios offline. */

const files = import.meta.glob("../../../scenarios/library/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** File name (as `extends` names it) → YAML text. */
export const scenarioTexts: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.split("/").pop() as string, text as string]),
);
