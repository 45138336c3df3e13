import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LIBRARY_DIR, loadScenario } from "@sagsflow/scenarios/node";
import { runCaseFlow } from "@sagsflow/simulator/model";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { containsCpr, decodeText, parseMapping } from "../interop";
import { demoHistory } from "./demoHistory";
import { ensureDemoHistory, writeDemoHistory } from "./ensureDemoHistory";
import { importIntoStore } from "./importIntoStore";
import { readCaseStreams } from "./readCaseStreams";
import { DEMO_FIXTURES, memoryStore, run, tempDir } from "../testing/testStores";

const CASES = 300;

/** Each test runs the baseline simulation (seconds on a busy 2-core machine); the limit is for the slowest honest run. */
const SIMULATION_TIMEOUT = 60_000;

describe("demoHistory", () => {
  it(
    "is the same text for the same seed and different for another seed",
    () => {
      const a = Result.getOrThrow(demoHistory({ seed: 3, cases: 50 }));
      expect(Result.getOrThrow(demoHistory({ seed: 3, cases: 50 })).csv).toBe(a.csv);
      expect(Result.getOrThrow(demoHistory({ seed: 4, cases: 50 })).csv).not.toBe(a.csv);
    },
    SIMULATION_TIMEOUT,
  );

  it(
    "looks like a Danish case-system export, labelled synthetic, without CPR numbers",
    () => {
      const demo = Result.getOrThrow(demoHistory({ seed: 1, cases: 20 }));
      const [header, first] = demo.csv.split("\r\n");
      expect(header).toMatch(
        /^Sagsnr\.;Aktivitet;Dato;Sagsbehandler;Kommune;Datakilde;Første fraværsdag/,
      );
      expect(first).toMatch(
        /^FJ-000001;Sygemelding modtaget;\d{2}-\d{2}-\d{4};;Fjordby Kommune \(fiktiv\);SYNTETISK sagsflow-demo, frø 1;\d{2}-\d{2}-\d{4};/,
      );
      expect(demo.mapping).toMatch(/^# SYNTHETIC/);
      expect(containsCpr(demo.csv)).toBe(false);
    },
    SIMULATION_TIMEOUT,
  );

  it(
    "imports without a reject and stores the simulated events unchanged but for the explicit regime",
    async () => {
      const dir = tempDir();
      const files = Result.getOrThrow(writeDemoHistory(dir, { seed: 2, cases: CASES }));
      expect(decodeText(readFileSync(files.csvFile)).encoding).toBe("windows-1252");
      const mapping = Result.getOrThrow(
        parseMapping(readFileSync(files.mappingFile, "utf8"), files.mappingFile),
      );
      const store = memoryStore();
      const r = await run(importIntoStore(files.csvFile, { mapping, store }));
      expect(r).toMatchObject({
        stored: CASES,
        rejected: 0,
        rejects: [],
        unmapped: {},
        eventsStored: files.events,
      });
      const scenario = Result.getOrThrow(loadScenario(join(LIBRARY_DIR, "baseline.yaml")));
      const simulated = runCaseFlow(scenario.params, 2).citizens.slice(0, CASES);
      const stored = new Map((await run(readCaseStreams(store))).map((c) => [c.caseId, c.events]));
      for (const c of simulated) {
        const expected = c.events.map(
          ({ regime: _r, resource: _s, ...e }: Record<string, unknown>) => ({
            ...e,
            caseId: `FJ-${c.caseId.padStart(6, "0")}`,
          }),
        );
        const got = (stored.get(`FJ-${c.caseId.padStart(6, "0")}`) ?? []).map(
          ({ resource: _s, ...e }: Record<string, unknown>) => e,
        );
        expect(got, c.caseId).toEqual(expected);
      }
    },
    SIMULATION_TIMEOUT,
  );

  it(
    "the committed demo fixture imports completely",
    async () => {
      const mappingFile = `${DEMO_FIXTURES}fjordby-sygedagpenge-demo.mapping.yaml`;
      const mapping = Result.getOrThrow(
        parseMapping(readFileSync(mappingFile, "utf8"), mappingFile),
      );
      const r = await run(
        importIntoStore(`${DEMO_FIXTURES}fjordby-sygedagpenge-demo.csv`, {
          mapping,
          store: memoryStore(),
        }),
      );
      expect(r).toMatchObject({ rejected: 0, rejects: [] });
      expect(r.stored).toBe(200);
    },
    SIMULATION_TIMEOUT,
  );
});

describe("ensureDemoHistory", () => {
  it(
    "imports the demo into an empty store once and leaves a store with history alone",
    async () => {
      const store = memoryStore();
      const first = await run(ensureDemoHistory(store, { seed: 1, cases: 100 }));
      expect(first).toMatchObject({ imported: true, result: { stored: 100, rejected: 0 } });
      const second = await run(ensureDemoHistory(store, { seed: 1, cases: 100 }));
      expect(second).toEqual({ imported: false });
    },
    SIMULATION_TIMEOUT,
  );
});
