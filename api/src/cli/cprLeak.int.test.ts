// Issue 18 item 6: no CPR number or citizen's name in any output path. CPR-like values and a name are injected into
// every error path of the import (CSV parse errors, header and row-shape errors, bad cells, schema errors, mapping
// errors, XES parse errors, a missing pseudonym key, the HTTP import), then stdout, stderr, console logs, the reject
// CSV and the SQLite files are searched for them in every spelling.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { domainEventCodec, openSqliteEventStore } from "@sagsflow/eventstore/node";
import type { DomainEvent } from "@sagsflow/domain";
import { Effect } from "effect";
import iconv from "iconv-lite";
import { describe, expect, it, vi } from "vitest";
import { historyRoutes } from "../http/historyRoutes";
import { sqliteEnv, T } from "../testing/historyCliFixtures";
import { runCliInProcess } from "../testing/runCliInProcess";

const CPR = "170885-4711";
const CPR2 = "0302917712";
const NAME = "Vibeke Hemmeligsen";
const SECRETS = [CPR, CPR.replace("-", ""), CPR2, `${CPR2.slice(0, 6)}-${CPR2.slice(6)}`, NAME];

const HEADER = "Sagsnr.;CPR-nr.;Navn;Hændelse;Dato;Ansættelsesforhold";
const good = (sag: string) => `${sag};${CPR};${NAME};Sygemelding modtaget;08-01-2024;ansat`;
const MAPPING = `version: 2
columns: { caseId: Sagsnr., activity: Hændelse, timestamp: Dato, cpr: CPR-nr., drop: [Navn] }
activities:
  Sygemelding modtaget:
    event: SygemeldingReceived
    fields:
      firstAbsenceDay: { derive: eventDate }
      employment: { from: Ansættelsesforhold }
      ageBand: { derive: ageBandFromCpr }
      diagnosisGroup: { const: ukendt }
      sector: { const: ukendt }
`;

/** [file name, content, mapping] for each error path; every file holds the secrets. */
const CASES: ReadonlyArray<readonly [string, string, string]> = [
  ["unclosed-quote.csv", `${HEADER}\n"${CPR};${NAME};x;08-01-2024;ansat\n`, MAPPING],
  ["no-header.csv", `${good("S-1")}\n${good("S-2")}\n`, MAPPING],
  ["row-shape.csv", `${HEADER}\n${good("S-1")};${CPR2};${NAME}\nS-2;${CPR}\n`, MAPPING],
  [
    "bad-cells.csv",
    `${HEADER}\nS-1;${CPR};${NAME};Sygemelding modtaget;${CPR2};ansat\nS-2;${CPR};${NAME};Kaffe ${CPR2};08-01-2024;ansat\n`,
    MAPPING,
  ],
  [
    "schema.csv",
    `${HEADER}\nS-1;${CPR};${NAME};Sygemelding modtaget;08-01-2024;${CPR2}\n${CPR2};${CPR};${NAME};Sygemelding modtaget;08-01-2024;${NAME}\n`,
    MAPPING,
  ],
  [
    "mapping-column.csv",
    `${HEADER}\n${good("S-1")}\n`,
    MAPPING.replace("Ansættelsesforhold }", `"${CPR}" }`),
  ],
  ["mapping-yaml.csv", `${HEADER}\n${good("S-1")}\n`, `activities: {\n  ${CPR}: [ ${NAME}\n`],
  ["duplicate-header.csv", `Sagsnr.;${CPR};Navn;${CPR}\n`, MAPPING],
  [
    "malformed.xes",
    `<?xml version="1.0"?><log><trace><string key="concept:name" value="${CPR}"/><event><${CPR2} ${NAME}/></event></trace></log>`,
    MAPPING,
  ],
  [
    "truncated.xes",
    `<log><trace><string key="concept:name" value="${CPR}"/><event><string key="concept:name" value="${NAME}"/><date key="time:timestamp" value="${CPR2}"/></event></trace><trace><string key="concept:name" value="${CPR2}`,
    MAPPING,
  ],
];

describe("CPR numbers and names injected into every import error path", () => {
  it(
    "appear in no stdout, stderr, log, reject report or database file",
    async () => {
      const { dir, db, env } = sqliteEnv();
      const logged: Array<string> = [];
      const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
        vi
          .spyOn(console, m)
          .mockImplementation(
            (...args: Array<unknown>) => void logged.push(args.map(String).join(" ")),
          ),
      );
      const outputs: Array<string> = [];
      const codes: Array<number> = [];
      try {
        for (const [name, content, mapping] of CASES) {
          const file = join(dir, name);
          writeFileSync(file, iconv.encode(content, "win1252"));
          writeFileSync(`${file}.yaml`, mapping);
          const rejects = `${file}.afviste.csv`;
          for (const extra of [["--json"], [], ["--partial", "--rejects", rejects]]) {
            const r = await runCliInProcess(
              ["import", file, "--mapping", `${file}.yaml`, ...extra],
              env,
            );
            codes.push(r.code ?? -1);
            outputs.push(r.stdout, r.stderr);
          }
        }
        const noKey = await runCliInProcess(
          ["import", join(dir, "schema.csv"), "--mapping", join(dir, "schema.csv.yaml")],
          { ...env, SAGSFLOW_PSEUDO_KEY: "" },
        );
        outputs.push(noKey.stdout, noKey.stderr);
        expect(noKey.stderr).toContain("SAGSFLOW_PSEUDO_KEY");
        const store = await Effect.runPromise(
          openSqliteEventStore<DomainEvent>(db, { codec: domainEventCodec }),
        );
        const routes = historyRoutes({ store, pseudoKey: "http-key" }, 1 << 20);
        for (const [name, content] of CASES) {
          const format = name.endsWith(".xes") ? "xes" : "csv";
          const response = await routes.request(`/history/imports?format=${format}`, {
            method: "POST",
            body: content,
          });
          outputs.push(`${response.status} ${await response.text()}`);
        }
        await Effect.runPromise(store.close());
      } finally {
        for (const s of spies) s.mockRestore();
      }
      expect(codes.every((c) => c === 2 || c === 4)).toBe(true);
      expect(codes.filter((c) => c === 4).length).toBeGreaterThan(3);
      const files = readdirSync(dir)
        .filter((f) => !CASES.some(([n]) => f === n))
        .filter((f) => !f.endsWith(".yaml"))
        .map((f) => readFileSync(join(dir, f)));
      const haystack = [
        ...outputs,
        ...logged,
        ...files.map((b) => b.toString("utf8")),
        ...files.map((b) => b.toString("latin1")),
      ].join("\n");
      expect(haystack).toContain("fejl:");
      expect(haystack).toContain("[cpr]");
      for (const secret of SECRETS)
        expect(
          haystack
            .split("\n")
            .filter((l) => l.includes(secret))
            .slice(0, 3),
          secret,
        ).toEqual([]);
    },
    T * 3,
  );
});
