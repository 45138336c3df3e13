/** Turns `{ "levers.earlyCvWeek": 8 }` into `{ levers: { earlyCvWeek: 8 } }`, an overlay for compileScenario. */

export const nestOverrides = (flat: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split(".");
    let node = root;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) {
        node[key] = value;
        return;
      }
      const child = node[key];
      const next =
        typeof child === "object" && child !== null ? (child as Record<string, unknown>) : {};
      node[key] = next;
      node = next;
    });
  }
  return root;
};
