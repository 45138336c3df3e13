/**
 * Runs every reliability probe class of issue 18 and prints a table of cases tried and held, with the figures
 * measured and every miss. `--write` puts the table into docs/reliability.md (between its probe markers).
 * Usage: `npx tsx test/scripts/probeReliability.ts [--write] [--files N]`; exit 1 when any case did not hold.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { eventLoopProbe, hostileBodiesProbe } from "../src/reliability/bodyProbes";
import { httpEdgeProbe, queueCancelProbe } from "../src/reliability/edgeProbes";
import type { ProbeResult } from "../src/reliability/probe";
import { malformedFilesProbe, prototypeProbe } from "../src/reliability/scenarioProbes";
import { eventIdProbe } from "../src/reliability/storeProbes";

const args = process.argv.slice(2);
const filesAt = args.indexOf("--files");
const files = filesAt === -1 ? 500 : Number(args[filesAt + 1]);
const DOC = new URL("../../docs/reliability.md", import.meta.url);
const START = "<!-- probes:start -->";
const END = "<!-- probes:end -->";

const started = Date.now();
const loadBefore = loadavg()[0] as number;
const results: ProbeResult[] = [];
for (const probe of [
  () => malformedFilesProbe(files),
  prototypeProbe,
  hostileBodiesProbe,
  eventLoopProbe,
  httpEdgeProbe,
  queueCancelProbe,
  eventIdProbe,
]) {
  const r = await probe();
  results.push(r);
  console.log(`${r.name}: ${r.held}/${r.tried} held`);
  for (const m of r.misses) console.log(`  miss: ${m}`);
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
const rows = results.map((r) => {
  const share = r.tried === 0 ? "-" : `${((100 * r.held) / r.tried).toFixed(0)} %`;
  const notes = [...r.figures, ...r.misses.map((m) => `miss: ${m}`)].join("; ");
  return `| ${r.name} | ${r.tried} | ${r.held} | ${share} | ${notes.replaceAll("|", "/")} |`;
});
const table = [
  START,
  `Run ${new Date().toISOString().slice(0, 16)}Z in ${seconds} s; 1-minute load average ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] as number).toFixed(1)} at the end (2 cores).`,
  "",
  "| probe class | tried | held | share | figures and misses |",
  "|---|---|---|---|---|",
  ...rows,
  END,
].join("\n");
console.log(table);
if (args.includes("--write")) {
  const doc = readFileSync(DOC, "utf8");
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a === -1 || b === -1) throw new Error("docs/reliability.md has no probe markers");
  writeFileSync(DOC, `${doc.slice(0, a)}${table}${doc.slice(b + END.length)}`);
}
process.exit(results.every((r) => r.held === r.tried) ? 0 : 1);
