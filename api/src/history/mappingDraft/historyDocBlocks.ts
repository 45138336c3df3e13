/** The generated blocks of docs/history.md: the docs' example mapping (the tested fixture, verbatim) and the field
 *  reference. `api/scripts/writeFieldReference.ts` writes them; a test fails when the docs differ. */
import { readFileSync } from "node:fs";
import { fieldReferenceMarkdown } from "./fieldReferenceMarkdown";

export const DOCS_EXAMPLE_MAPPING = new URL(
  "../../../../test/fixtures/import/docs-example.mapping.yaml",
  import.meta.url,
).pathname;
export const HISTORY_DOC = new URL("../../../../docs/history.md", import.meta.url).pathname;

const block = (name: string, body: string) =>
  [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`, body] as const;

/** The docs text with both blocks filled in. */
export function withGeneratedBlocks(doc: string): string {
  const example = `\`\`\`yaml\n${readFileSync(DOCS_EXAMPLE_MAPPING, "utf8")}\`\`\`\n`;
  let out = doc;
  for (const [start, end, body] of [
    block("docs-example", example),
    block("field-reference", fieldReferenceMarkdown()),
  ]) {
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from === -1 || to < from) throw new Error(`docs/history.md has no ${start} … ${end} block`);
    out = `${out.slice(0, from + start.length)}\n${body}${out.slice(to)}`;
  }
  return out;
}
