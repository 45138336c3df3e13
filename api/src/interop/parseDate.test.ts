import fc from "fast-check";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { parseDate } from "./parseDate";

const ok = (s: string) => {
  const r = parseDate(s);
  if (Result.isFailure(r)) throw new Error(`expected a date for ${s}: ${r.failure}`);
  return r.success;
};

describe("parseDate", () => {
  it("reads dd-mm-yyyy, dd.mm.yyyy and ISO dates as the same day", () => {
    expect(ok("03-02-2024")).toEqual({ date: "2024-02-03" });
    expect(ok("3.2.2024")).toEqual({ date: "2024-02-03" });
    expect(ok("2024-02-03")).toEqual({ date: "2024-02-03" });
  });
  it("canonicalises ISO datetimes and keeps the wall-clock date", () => {
    expect(ok("2024-04-02T23:15:00+0200")).toEqual({
      date: "2024-04-02",
      timestamp: "2024-04-02T23:15:00.000+02:00",
    });
    expect(ok("2024-04-02 09:15:00.5+00:00").timestamp).toBe("2024-04-02T09:15:00.500Z");
    expect(ok("15.04.2024 10:30").timestamp).toBe("2024-04-15T10:30:00.000");
  });
  it("rejects impossible dates and other text with a reason", () => {
    for (const bad of ["31-02-2024", "2023-02-29", "2024-13-01", "i går", "24:00"]) {
      expect(Result.isFailure(parseDate(bad)), bad).toBe(true);
    }
    expect(parseDate("31-02-2024")).toEqual(Result.fail("datoen findes ikke i kalenderen"));
  });
  it("reads every real date in all three forms alike (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1950-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split("-");
          expect(ok(`${day}-${m}-${y}`).date).toBe(iso);
          expect(ok(`${day}.${m}.${y}`).date).toBe(iso);
          expect(ok(iso).date).toBe(iso);
        },
      ),
      { seed: 8101, verbose: true },
    );
  });
});
