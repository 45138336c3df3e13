/** The `--json` rendering: two-space indentation, a final newline, and no NaN or Infinity (they become null). */

export const toJsonText = (value: unknown): string =>
  `${JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`;
