/** The contract's own small event schema (the domain schema is tested separately), with æøå text and big payloads. */
import { Result, Schema } from "effect";
import type { EventCodec } from "../eventCodec";
import { schemaCodec } from "../schemaCodec";

export const NoteAdded = Schema.TaggedStruct("NoteAdded", {
  caseId: Schema.String,
  text: Schema.String,
});
export const CounterIncremented = Schema.TaggedStruct("CounterIncremented", {
  caseId: Schema.String,
  by: Schema.Int,
});
export const AttachmentStored = Schema.TaggedStruct("AttachmentStored", {
  caseId: Schema.String,
  content: Schema.String,
});

export const TestEvent = Schema.Union([NoteAdded, CounterIncremented, AttachmentStored]);
export type TestEvent = typeof TestEvent.Type;

export const testEventCodec: EventCodec<TestEvent> = schemaCodec(TestEvent);

export const note = (caseId: string, text: string): TestEvent => ({
  _tag: "NoteAdded",
  caseId,
  text,
});
export const count = (caseId: string, by: number): TestEvent => ({
  _tag: "CounterIncremented",
  caseId,
  by,
});

/** A codec whose decode can be swapped mid-test, to read stored data with an older or newer reader. */
export const switchableCodec = <E>(writer: EventCodec<E>) => {
  let reader: EventCodec<E> = writer;
  const codec: EventCodec<E> = {
    encode: writer.encode,
    decode: (encoded, position) => reader.decode(encoded, position),
  };
  const readWith = (next: EventCodec<E>): void => {
    reader = next;
  };
  return { codec, readWith };
};

/** A reader that only knows `NoteAdded`, so other stored types are unknown to it. */
export const notesOnlyCodec = schemaCodec(Schema.Union([NoteAdded])) as EventCodec<TestEvent>;

/** Writes `NoteAdded` as schema version 1 with the old field name `body`, as an earlier release did. */
export const legacyNoteWriter: EventCodec<TestEvent> = {
  encode: (event) =>
    event._tag === "NoteAdded"
      ? Result.succeed({
          type: "NoteAdded",
          schemaVersion: 1,
          data: { caseId: event.caseId, body: event.text },
        })
      : testEventCodec.encode(event),
  decode: testEventCodec.decode,
};

/** The current reader: `NoteAdded` is version 2; version 1 is upcast by renaming `body` to `text`. */
export const upcastingCodec: EventCodec<TestEvent> = schemaCodec(TestEvent, {
  schemaVersions: { NoteAdded: 2 },
  upcasters: [
    {
      type: "NoteAdded",
      fromVersion: 1,
      upcast: (data) => {
        const { body, ...rest } = data as { body: string };
        return { type: "NoteAdded", schemaVersion: 2, data: { ...rest, text: body } };
      },
    },
  ],
});
