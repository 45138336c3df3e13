import { Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromSchema } from "../testing/schemaArbitrary";
import { CaseEvent } from "./caseEvents";
import { DomainEvent } from "./domainEvent";
import { RekrutteringEvent } from "./rekrutteringEvents";

const SEED = 4242;

describe("event schemas", () => {
  it.each([
    ["CaseEvent", CaseEvent],
    ["RekrutteringEvent", RekrutteringEvent],
    ["DomainEvent", DomainEvent],
  ] as const)("%s round-trips through encode/decode, and its JSON wire form is stable (property)", (_name, schema) => {
    const encode = Schema.encodeSync(schema as typeof DomainEvent);
    const decode = Schema.decodeUnknownSync(schema as typeof DomainEvent);
    fc.assert(
      fc.property(fromSchema(schema), (event) => {
        expect(decode(encode(event))).toEqual(event);
        // JSON cannot carry -0, so the stored form is compared after one trip through JSON.
        const wire = JSON.parse(JSON.stringify(encode(event)));
        expect(JSON.parse(JSON.stringify(encode(decode(wire))))).toEqual(wire);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
  it("rejects an unknown tag and an impossible date", () => {
    const decode = Schema.decodeUnknownSync(CaseEvent);
    expect(() =>
      decode({ _tag: "UnknownThingHappened", caseId: "1", date: "2024-01-01" }),
    ).toThrow();
    expect(() => decode({ _tag: "CvUpdated", caseId: "1", date: "2024-02-30" })).toThrow();
  });
});
