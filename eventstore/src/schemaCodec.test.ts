/** schemaCodec: type names from the schema, encode validation, upcaster chains, clear decode failures. */
import { Result, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { schemaCodec, tagsOf } from "./schemaCodec";

const CvUpdated = Schema.TaggedStruct("CvUpdated", {
  caseId: Schema.String,
  kilde: Schema.String,
  uge: Schema.Int,
});
const Event = Schema.Union([
  CvUpdated,
  Schema.TaggedStruct("JobStarted", { caseId: Schema.String }),
]);

describe("schemaCodec", () => {
  it("reads the _tag literals of a union", () => {
    expect([...tagsOf(Event)].sort()).toEqual(["CvUpdated", "JobStarted"]);
  });

  it("stores the tag as type and keeps it out of the data", () => {
    const codec = schemaCodec(Event, { schemaVersions: { CvUpdated: 3 } });
    const encoded = codec.encode({ _tag: "CvUpdated", caseId: "1", kilde: "jobnet", uge: 8 });
    expect(encoded).toEqual(
      Result.succeed({
        type: "CvUpdated",
        schemaVersion: 3,
        data: { caseId: "1", kilde: "jobnet", uge: 8 },
      }),
    );
  });

  it("chains upcasters from version 1 to the current version", () => {
    const codec = schemaCodec(Event, {
      schemaVersions: { CvUpdated: 3 },
      upcasters: [
        {
          type: "CvOpdateret",
          fromVersion: 1,
          upcast: (data) => ({ type: "CvUpdated", schemaVersion: 2, data }),
        },
        {
          type: "CvUpdated",
          fromVersion: 2,
          upcast: (data) => ({
            type: "CvUpdated",
            schemaVersion: 3,
            data: { ...(data as object), kilde: "ukendt" },
          }),
        },
      ],
    });
    const decoded = codec.decode(
      { type: "CvOpdateret", schemaVersion: 1, data: { caseId: "1", uge: 8 } },
      7,
    );
    expect(decoded).toEqual(
      Result.succeed({ _tag: "CvUpdated", caseId: "1", kilde: "ukendt", uge: 8 }),
    );
  });

  it("fails decoding with the type, position and the schema's reason", () => {
    const codec = schemaCodec(Event);
    const decoded = codec.decode(
      { type: "CvUpdated", schemaVersion: 1, data: { caseId: "1", kilde: "x", uge: "otte" } },
      42,
    );
    expect(Result.isFailure(decoded) && decoded.failure).toMatchObject({
      _tag: "EventDecodeFailed",
      type: "CvUpdated",
      position: 42,
    });
  });

  it("reports an unknown type with its position", () => {
    const decoded = schemaCodec(Event).decode({ type: "Ukendt", schemaVersion: 1, data: {} }, 9);
    expect(Result.isFailure(decoded) && decoded.failure).toMatchObject({
      _tag: "UnknownEventType",
      type: "Ukendt",
      position: 9,
    });
  });
});
