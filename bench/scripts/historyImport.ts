/** Benchmarks history import (issue 8): XES events/s with peak RSS, CSV rows/s, end to end through
 *  importHistory (read, pseudonymise, map per case) on synthetic files written to a temp dir. */
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importHistory, type Mapping } from "../../api/src/interop/index";

const CASES_XES = 40_000; // × 5 events = 200,000 events
const CASES_CSV = 100_000; // × 5 rows = 500,000 rows
const ACTIVITIES = [
  "Sygemelding modtaget",
  "Visitation",
  "Opfølgningssamtale",
  "Raskmelding",
  "Sag lukket",
];
const dir = mkdtempSync(join(tmpdir(), "sagsflow-bench-history-"));

function line(
  name: string,
  value: number,
  unit: string,
  target: number,
  higherIsBetter: boolean,
): void {
  const ratio = higherIsBetter ? value / target : target / value;
  console.log(
    `BENCH ${name} ${value.toFixed(0)} ${unit} target ${target} ratio ${ratio.toFixed(2)}`,
  );
}

async function writeLines(file: string, gen: () => Generator<string>): Promise<void> {
  const out = createWriteStream(file);
  for (const chunk of gen())
    if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
  await new Promise((r) => out.end(r));
}

const day = (c: number, i: number) =>
  `2024-${String(1 + ((c + i) % 12)).padStart(2, "0")}-${String(1 + i * 5).padStart(2, "0")}`;

function* xes(): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1849-2016">\n';
  for (let c = 0; c < CASES_XES; c++) {
    let s = `<trace><string key="concept:name" value="B-${c}"/><string key="cpr" value="0101${String(c % 100).padStart(2, "0")}-${String(c % 10000).padStart(4, "0")}"/>\n`;
    ACTIVITIES.forEach((a, i) => {
      s += `<event><string key="concept:name" value="${a}"/><date key="time:timestamp" value="${day(c, i)}T09:00:00.000+01:00"/><string key="lifecycle:transition" value="complete"/><string key="org:resource" value="Søren Ærø"/><int key="kategori" value="2"/></event>\n`;
    });
    yield `${s}</trace>\n`;
  }
  yield "</log>\n";
}

function* csv(): Generator<string> {
  yield "Sagsnr;CPR;Aktivitet;Dato;Sagsbehandler;Område\n";
  for (let c = 0; c < CASES_CSV; c++) {
    let s = "";
    ACTIVITIES.forEach((a, i) => {
      const [y, m, d] = day(c, i).split("-");
      s += `S-${c};0101${String(c % 100).padStart(2, "0")}-${String(c % 10000).padStart(4, "0")};${a};${d}-${m}-${y};Åse Møller;Nørrebro\n`;
    });
    yield s;
  }
}

const activities = Object.fromEntries(
  ACTIVITIES.map((a) => [a, { event: a.replace(/\W/g, ""), passAttributes: true }]),
);
const xesMapping: Mapping = { activities };
const csvMapping: Mapping = {
  activities,
  columns: {
    caseId: "Sagsnr",
    activity: "Aktivitet",
    timestamp: "Dato",
    resource: "Sagsbehandler",
    cpr: "CPR",
    caseAttributes: ["Område"],
  },
};

async function timed(file: string, mapping: Mapping): Promise<{ seconds: number; events: number }> {
  let events = 0;
  const t0 = process.hrtime.bigint();
  const r = await importHistory(file, {
    mapping,
    pseudoKey: "bench-key",
    onCase: (c) => {
      events += c.events.length;
    },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r._tag === "Failure") throw new Error(r.failure.message);
  return { seconds, events };
}

const xesFile = join(dir, "large.xes");
await writeLines(xesFile, xes);
const rssBefore = process.resourceUsage().maxRSS / 1024;
const x = await timed(xesFile, xesMapping);
line("history.import.xes.eventsPerSecond", x.events / x.seconds, "events/s", 100_000, true);
const peak = process.resourceUsage().maxRSS / 1024;
line("history.import.xes.peakRssMB", peak, "MB", 300, false);
console.error(
  `xes: ${x.events} events in ${x.seconds.toFixed(2)} s, peak RSS ${peak.toFixed(0)} MB (before import ${rssBefore.toFixed(0)} MB)`,
);

const csvFile = join(dir, "large.csv");
await writeLines(csvFile, csv);
const y = await timed(csvFile, csvMapping);
line("history.import.csv.rowsPerSecond", y.events / y.seconds, "rows/s", 300_000, true);
console.error(`csv: ${y.events} rows in ${y.seconds.toFixed(2)} s`);
rmSync(dir, { recursive: true, force: true });
