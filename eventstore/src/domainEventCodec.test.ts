import type { DomainEvent } from "@sagsflow/domain";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { domainEventCodec } from "./domainEventCodec";
import { makeMemoryEventStore } from "./memory/memoryEventStore";

const events: DomainEvent[] = [
  {
    _tag: "SygemeldingReceived",
    caseId: "k1",
    date: "2024-03-04",
    firstAbsenceDay: "2024-03-01",
    employment: "ledig-forsikret",
    ageBand: "40-49",
    diagnosisGroup: "bevaegeapparat",
    sector: "omsorg",
  } as DomainEvent,
  { _tag: "VisitationCompleted", caseId: "k1", date: "2024-03-04", kategori: 2 } as DomainEvent,
  {
    _tag: "RekrutteringsanmodningReceived",
    rekrutteringId: "r1",
    date: "2024-03-05",
    employerId: "v1",
    sector: "omsorg",
    positions: 2,
    deadline: "2024-04-01",
  } as DomainEvent,
];

describe("domainEventCodec", () => {
  it("round-trips domain events through a store", async () => {
    const store = makeMemoryEventStore({ codec: domainEventCodec });
    await Effect.runPromise(
      store.append("sag-k1", events.slice(0, 2), { expectedVersion: "noStream" }),
    );
    await Effect.runPromise(
      store.append("rekruttering-r1", events.slice(2), { expectedVersion: "noStream" }),
    );
    const read = await Effect.runPromise(store.readAll({}));
    expect(read.map((r) => r.event)).toEqual(events);
  });

  it("rejects an event the domain schema does not know", () => {
    const encoded = { type: "SygemeldingForgotten", schemaVersion: 1, data: {} };
    const decoded = domainEventCodec.decode(encoded, 7);
    expect(decoded._tag).toBe("Failure");
  });
});
