/** Test helper for the History II commands: SQLite stores seeded in process (the demo history, or the three-case
 *  forecast fixture of test/src/calibration/forecast.int.test.ts) and scenario files written beside them. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CaseEvent, DomainEvent } from "@sagsflow/domain";
import { domainEventCodec, openSqliteEventStore } from "@sagsflow/eventstore/node";
import { Effect } from "effect";
import { ensureDemoHistory } from "../history/ensureDemoHistory";
import { type SqliteEnv, sqliteEnv } from "./historyCliFixtures";
import { REPO_ROOT } from "./spawnCli";

export const BASELINE_FILE = join(REPO_ROOT, "scenarios/library/baseline.yaml");

const seeded = async (
  fill: (store: Parameters<typeof ensureDemoHistory>[0]) => Effect.Effect<unknown, unknown>,
): Promise<SqliteEnv> => {
  const env = sqliteEnv();
  const open = openSqliteEventStore<DomainEvent>(env.db, { codec: domainEventCodec });
  await Effect.runPromise(
    Effect.acquireUseRelease(open, fill, (store) => Effect.ignore(store.close())),
  );
  return env;
};

/** The first `cases` cases of the demo history (seed 1), as `demo-history --cases N | import` stores them. */
export const demoHistoryEnv = (cases: number): Promise<SqliteEnv> =>
  seeded((store) => ensureDemoHistory(store, { seed: 1, cases }));

const received = (caseId: string, firstAbsenceDay: string, date: string) => ({
  _tag: "SygemeldingReceived",
  caseId,
  date,
  firstAbsenceDay,
  employment: "ansat",
  ageBand: "40-49",
  diagnosisGroup: "kraeft",
  sector: "kontor",
});
const visited = (caseId: string, date: string) => ({
  _tag: "VisitationCompleted",
  caseId,
  date,
  kategori: 2,
});

/**
 * The hand-checked forecast fixture (also used by test/src/calibration/forecast.int.test.ts): A (kat 2, first absence 2024-01-02) has its first samtale due 2024-02-26
 * (day 56, SDL §12) and none held; B's next deadlines lie beyond 8 weeks; C is closed.
 */
export const FORECAST_CASES = [
  [received("A", "2024-01-02", "2024-01-15"), visited("A", "2024-01-15")],
  [
    received("B", "2024-01-08", "2024-01-16"),
    visited("B", "2024-01-16"),
    { _tag: "OpfoelgningssamtaleHeld", caseId: "B", date: "2024-01-30" },
  ],
  [
    received("C", "2023-12-01", "2023-12-10"),
    { ...visited("C", "2023-12-10"), kategori: 1 },
    { _tag: "RaskmeldingRegistered", caseId: "C", date: "2024-01-05" },
    { _tag: "CaseClosed", caseId: "C", date: "2024-01-05", reason: "raskmeldt" },
  ],
  // ISO literals; the cast stands in for decoding them through the event schema (the store's codec checks them).
] as unknown as ReadonlyArray<ReadonlyArray<CaseEvent>>;

export const forecastFixtureEnv = (): Promise<SqliteEnv> =>
  seeded((store) =>
    store.appendBatch(FORECAST_CASES.map((events, i) => ({ streamId: `sag-${"ABC"[i]}`, events }))),
  );

/** Writes `name` into `dir` as a scenario extending the library baseline with the given YAML body. */
export const writeVariant = (dir: string, name: string, body = ""): string => {
  const file = join(dir, name);
  writeFileSync(
    file,
    `schemaVersion: 1\nid: ${name.replace(/\.yaml$/, "")}\nname: Testvariant\nextends: ${BASELINE_FILE}\n${body}`,
  );
  return file;
};

/** No new sygemeldinger, recovery far beyond the forecast, and `fte` caseworkers: only staffing decides. */
export const forecastScenario = (dir: string, fte: number): string =>
  writeVariant(
    dir,
    `forecast-fte-${fte}.yaml`,
    [
      "arrivals:",
      '  perWeek: { value: 0, source: "test: no arrivals" }',
      "recovery:",
      "  kraeft:",
      '    medianWeeks: { value: 100, source: "test: no raskmelding in the forecast" }',
      '    sigma: { value: 0.05, source: "test" }',
      "staff:",
      "  sagsbehandler:",
      `    fte: { value: ${fte}, source: "test" }`,
      "",
    ].join("\n"),
  );
