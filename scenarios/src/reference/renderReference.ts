/** The reference table as text: docs/reference.md (generated) and the Danish ✓/✗ table of `sagsflow check`. */
import type { ReferenceCheck, ReferenceFile, ReferenceRow } from "./referenceTable";

const isShare = (r: ReferenceRow): boolean => r.band.high <= 1;
const num = (r: ReferenceRow, x: number): string =>
  isShare(r) ? `${(x * 100).toFixed(1).replace(".", ",")} %` : x.toFixed(1).replace(".", ",");
const band = (r: ReferenceRow): string => `${num(r, r.band.low)} – ${num(r, r.band.high)}`;

/** docs/reference.md: regenerate with `npx tsx scripts/regenerateReference.ts`; a test holds it to the data file. */
export const referenceMarkdown = (file: ReferenceFile, check?: ReferenceCheck): string => {
  const lines = [
    "# Danish reference figures",
    "",
    "Generated from `scenarios/reference/danish-reference.yaml` by `npx tsx scripts/regenerateReference.ts`; do not edit",
    "by hand. Each row is a published figure, its source and confidence (H/M/L as in domain.md), and the band the",
    "model's baseline must lie in. **EST** marks a band that is our own estimate (the note says why); *ikke modelleret*",
    "marks a figure the model has no outcome for yet. `sagsflow check <scenario>` prints model against band per row.",
    `Per-1,000 rows divide by ${file.inhabitants.value.toLocaleString("en")} inhabitants (${file.inhabitants.note}).`,
    "",
    "| figure | published | source | conf. | band | model (library baseline) |",
    "|---|---|---|---|---|---|",
  ];
  file.rows.forEach((r, i) => {
    const c = check?.rows[i];
    const model =
      r.measure === null
        ? "*ikke modelleret*"
        : c === undefined || c.model === null
          ? "–"
          : `${num(r, c.model)} ${c.inBand ? "✓" : "✗"}`;
    const kind = r.kind === "estimate" ? " **EST**" : "";
    lines.push(
      `| ${r.label} | ${r.published} | ${r.source} | ${r.confidence} | ${band(r)}${kind} (${r.note}) | ${model} |`,
    );
  });
  return `${lines.join("\n")}\n`;
};

/** The Danish table `sagsflow check` prints. */
export const checkTable = (scenario: string, check: ReferenceCheck): string => {
  const rows = check.rows.map((c) => [
    c.row.label,
    band(c.row) + (c.row.kind === "estimate" ? " (EST)" : ""),
    c.model === null ? (c.row.measure === null ? "ikke modelleret" : "–") : num(c.row, c.model),
    c.inBand === null ? "–" : c.inBand ? "✓" : "✗",
  ]);
  const head = ["Nøgletal", "Referencebånd", "Model", ""];
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
  );
  const fmt = (r: ReadonlyArray<string>) =>
    r
      .map((x, i) => x.padEnd(widths[i] as number))
      .join("  ")
      .trimEnd();
  const outside = check.rows.filter((r) => r.inBand === false).length;
  return [
    `Scenarie: ${scenario}`,
    fmt(head),
    fmt(widths.map((w) => "-".repeat(w))),
    ...rows.map(fmt),
    "",
    outside === 0
      ? `Alle målte nøgletal ligger i referencebåndet (${check.notModelled} ikke modelleret endnu).`
      : `${outside} nøgletal ligger uden for referencebåndet (${check.notModelled} ikke modelleret endnu).`,
    "",
  ].join("\n");
};
