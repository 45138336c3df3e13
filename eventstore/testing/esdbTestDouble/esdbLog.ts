/**
 * TEST DOUBLE: not an EventStoreDB server. The double's own in-memory transaction log:
 * streams with revisions, one `$all` order with byte-offset-like positions, live listeners.
 */

/** One committed record, as the double stores it (commit position = prepare position). */
export interface StoredRecord {
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly createdTicks: string;
  readonly customMetadata: Uint8Array;
  readonly data: Uint8Array;
}

export interface ProposedRecord {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly customMetadata: Uint8Array;
  readonly data: Uint8Array;
}

export type ExpectedRevision =
  | { readonly _tag: "Any" }
  | { readonly _tag: "NoStream" }
  | { readonly _tag: "StreamExists" }
  | { readonly _tag: "Exact"; readonly revision: bigint };

export type AppendOutcome =
  | {
      readonly ok: true;
      readonly currentRevision: bigint | undefined;
      readonly position: bigint | undefined;
    }
  | {
      readonly ok: false;
      readonly current: bigint | undefined;
      readonly expected: ExpectedRevision;
    };

export type LogListener = (record: StoredRecord) => void;

/** Fixed per-record overhead so positions grow like log byte offsets, never by 1 (adapters must not assume density). */
const RECORD_OVERHEAD = 97n;

export class EsdbLog {
  private readonly streams = new Map<string, Array<StoredRecord>>();
  private readonly all: Array<StoredRecord> = [];
  private readonly listeners = new Set<LogListener>();
  private nextPosition = 0n;

  /** A fresh server already holds system events in `$all`; seed one so adapters must filter them. */
  constructor(private readonly now: () => number) {
    this.append("$settings", { _tag: "Any" }, [
      {
        id: "00000000-0000-4000-8000-000000000001",
        type: "$settings",
        contentType: "application/json",
        customMetadata: new Uint8Array(),
        data: new TextEncoder().encode("{}"),
      },
    ]);
  }

  stream(name: string): ReadonlyArray<StoredRecord> | undefined {
    return this.streams.get(name);
  }

  allRecords(): ReadonlyArray<StoredRecord> {
    return this.all;
  }

  lastPosition(): bigint | undefined {
    return this.all.at(-1)?.position;
  }

  subscribe(listener: LogListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  append(
    streamName: string,
    expected: ExpectedRevision,
    proposed: ReadonlyArray<ProposedRecord>,
  ): AppendOutcome {
    const existing = this.streams.get(streamName);
    const current =
      existing === undefined || existing.length === 0 ? undefined : BigInt(existing.length - 1);
    if (!matches(expected, current)) return { ok: false, current, expected };
    if (proposed.length === 0) return { ok: true, currentRevision: current, position: undefined };
    const records = existing ?? [];
    const createdTicks = (BigInt(this.now()) * 10_000n).toString();
    const committed = proposed.map((p, i) => {
      const record: StoredRecord = {
        ...p,
        streamName,
        createdTicks,
        revision: BigInt(records.length + i),
        position: this.nextPosition,
      };
      this.nextPosition +=
        RECORD_OVERHEAD + BigInt(p.data.length + p.customMetadata.length + p.type.length);
      return record;
    });
    records.push(...committed);
    this.all.push(...committed);
    this.streams.set(streamName, records);
    for (const record of committed) for (const listener of [...this.listeners]) listener(record);
    const last = committed.at(-1);
    return { ok: true, currentRevision: last?.revision, position: last?.position };
  }
}

const matches = (expected: ExpectedRevision, current: bigint | undefined): boolean => {
  switch (expected._tag) {
    case "Any":
      return true;
    case "NoStream":
      return current === undefined;
    case "StreamExists":
      return current !== undefined;
    case "Exact":
      return current === expected.revision;
  }
};
