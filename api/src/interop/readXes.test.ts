import { readFileSync } from "node:fs";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { readXes, type XesTrace } from "./readXes";
import { FIXTURES } from "../testing/testDomain";

async function collect(
  chunks: ReadonlyArray<string>,
): Promise<{ traces: Array<XesTrace>; end: Result.Result<void, unknown> }> {
  async function* source() {
    yield* chunks;
  }
  const traces: Array<XesTrace> = [];
  const it = readXes("t.xes", source());
  for (;;) {
    const n = await it.next();
    if (n.done) return { traces, end: n.value };
    traces.push(n.value);
  }
}

const fixture = readFileSync(`${FIXTURES}sagsforloeb.xes`, "utf8");

describe("readXes", () => {
  it("yields one batch per trace with case attributes, typed values and the event's line", async () => {
    const { traces, end } = await collect([fixture]);
    expect(Result.isSuccess(end)).toBe(true);
    expect(traces.map((t) => [t.caseId, t.records.length])).toEqual([
      ["X-2001", 3],
      ["X-2002", 2],
    ]);
    expect(traces[0]?.records[1]).toMatchObject({
      activity: "Visitation",
      date: "2024-01-15",
      timestamp: "2024-01-15T10:00:00.000+01:00",
      lifecycle: "complete",
      resource: "Mette Ødegaard",
      attributes: { kategori: 2, "case:kommune": "Køge" },
      source: { line: 27 },
    });
  });
  it("gives the same traces whatever the chunk boundaries (streaming)", async () => {
    const whole = JSON.stringify((await collect([fixture])).traces);
    for (const size of [1, 7, 64, 1000]) {
      const chunks = Array.from({ length: Math.ceil(fixture.length / size) }, (_, i) =>
        fixture.slice(i * size, (i + 1) * size),
      );
      expect(JSON.stringify((await collect(chunks)).traces), `chunk ${size}`).toBe(whole);
    }
  });
  it("rejects events without timestamp and traces without case id", async () => {
    const xml =
      '<log><trace><event><string key="concept:name" value="A"/></event></trace><trace><string key="concept:name" value="T"/><event><string key="concept:name" value="A"/></event></trace></log>';
    const { traces } = await collect([xml]);
    expect(traces.map((t) => t.rejects.map((r) => r.reason))).toEqual([
      ["sporet (trace) har intet concept:name (sagsnummer)"],
      ["hændelsen har intet time:timestamp"],
    ]);
  });
  it("ends with InputUnreadable on malformed XML", async () => {
    const { end } = await collect(["<log><trace></log>"]);
    expect(Result.isFailure(end) && (end.failure as { _tag: string })._tag).toBe("InputUnreadable");
  });
});
