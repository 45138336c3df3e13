/** Benchmarks history import (issues 8, 19): XES events/s and peak RSS for a 1M-event log with rejected cases, CSV
 *  parse rows/s (streamed read into LogRecords), and the end-to-end import of the demo history into SQLite (read,
 *  pseudonymise, map, decode, decider, store check, staged batch write) on synthetic files in a temp dir. */
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DomainEvent } from "@sagsflow/domain";
import { domainEventCodec, openSqliteEventStore } from "@sagsflow/eventstore/node";
import { Effect, Result } from "effect";
import { importIntoStore, writeDemoHistory } from "../../api/src/history/index";
import { importHistory, type Mapping, parseMapping, readCsv } from "../../api/src/interop/index";
import { readFileSync } from "node:fs";

const CASES_XES = 200_000; // × 5 events = 1,000,000 events; every 10th case has an unmapped activity (rejected)
const CASES_CSV = 100_000; // × 5 rows = 500,000 rows
const DEMO_SEEDS = [1, 2, 3, 4];
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
const cpr = (c: number) =>
  `0101${String(c % 100).padStart(2, "0")}-${String(c % 10000).padStart(4, "0")}`;

function* xes(): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1849-2016">\n';
  for (let c = 0; c < CASES_XES; c++) {
    let s = `<trace><string key="concept:name" value="B-${c}"/><string key="cpr" value="${cpr(c)}"/>\n`;
    ACTIVITIES.forEach((a, i) => {
      const activity = c % 10 === 9 && i === 2 ? "Kaffemøde" : a;
      s += `<event><string key="concept:name" value="${activity}"/><date key="time:timestamp" value="${day(c, i)}T09:00:00.000+01:00"/><string key="lifecycle:transition" value="complete"/><string key="org:resource" value="Søren Ærø"/><int key="kategori" value="2"/></event>\n`;
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
      s += `S-${c};${cpr(c)};${a};${d}-${m}-${y};Åse Møller;Nørrebro\n`;
    });
    yield s;
  }
}

const activities = Object.fromEntries(
  ACTIVITIES.map((a) => [a, { event: a.replace(/\W/g, ""), passAttributes: true }]),
);
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
const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
/** CPU seconds of this process since `c0`: on a shared, loaded machine the wall-clock rate says little. */
const cpuSeconds = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};

// XES first: maxRSS is the peak over the whole process.
const xesFile = join(dir, "large.xes");
await writeLines(xesFile, xes);
const rssBefore = process.resourceUsage().maxRSS / 1024;
let xesEvents = 0;
let xesRejects = 0;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
const x = await importHistory(xesFile, {
  mapping: { activities },
  pseudoKey: "bench-key",
  onCase: (c) => {
    xesEvents += c.events.length;
  },
  onReject: () => void xesRejects++,
});
const xesSeconds = seconds(t0);
const xesCpu = cpuSeconds(c0);
if (Result.isFailure(x)) throw new Error(x.failure.message);
line("history.import.xes.eventsPerSecond", xesEvents / xesSeconds, "events/s", 100_000, true);
const peak = process.resourceUsage().maxRSS / 1024;
line("history.import.xes.peakRssMB", peak, "MB", 400, false);
console.error(
  `xes: ${xesEvents} events stored-ready, ${xesRejects} rejects in ${xesSeconds.toFixed(2)} s (${(xesEvents / xesCpu).toFixed(0)} events per CPU second), peak RSS ${peak.toFixed(0)} MB (before ${rssBefore.toFixed(0)} MB)`,
);
rmSync(xesFile);

const csvFile = join(dir, "large.csv");
await writeLines(csvFile, csv);
let rows = 0;
const t1 = process.hrtime.bigint();
const c1 = process.cpuUsage();
const parsed = await readCsv(csvFile, csvMapping, {
  record: () => void rows++,
  reject: () => undefined,
});
const csvSeconds = seconds(t1);
if (Result.isFailure(parsed)) throw new Error(parsed.failure.message);
line("history.import.csv.rowsPerSecond", rows / csvSeconds, "rows/s", 300_000, true);
console.error(
  `csv: ${rows} rows parsed in ${csvSeconds.toFixed(2)} s (${(rows / cpuSeconds(c1)).toFixed(0)} rows per CPU second)`,
);

let demoEvents = 0;
let demoSeconds = 0;
let demoCpu = 0;
for (const seed of DEMO_SEEDS) {
  const files = Result.getOrThrow(writeDemoHistory(join(dir, `demo-${seed}`), { seed }));
  const mapping = Result.getOrThrow(
    parseMapping(readFileSync(files.mappingFile, "utf8"), files.mappingFile),
  );
  const store = await Effect.runPromise(
    openSqliteEventStore<DomainEvent>(join(dir, `demo-${seed}.db`), { codec: domainEventCodec }),
  );
  const t2 = process.hrtime.bigint();
  const c2 = process.cpuUsage();
  const r = await Effect.runPromise(importIntoStore(files.csvFile, { mapping, store }));
  demoSeconds += seconds(t2);
  demoCpu += cpuSeconds(c2);
  demoEvents += r.eventsStored;
  if (r.rejectsTotal > 0) throw new Error(`demo seed ${seed}: ${r.rejectsTotal} rejects`);
  await Effect.runPromise(store.close());
}
line("history.import.endToEnd.eventsPerSecond", demoEvents / demoSeconds, "events/s", 50_000, true);
console.error(
  `end to end: ${demoEvents} demo events into SQLite in ${demoSeconds.toFixed(2)} s (${(demoEvents / demoCpu).toFixed(0)} events per CPU second; ${DEMO_SEEDS.length} demo histories)`,
);
rmSync(dir, { recursive: true, force: true });
