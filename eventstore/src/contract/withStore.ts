/** Shared by the core contract files: the `it` signature and a fresh store per test, closed afterwards. */
import type { EventCodec } from "../eventCodec";
import type { EventStore } from "../eventStore";
import { type MakeStore, testEnvironment } from "./contractTypes";
import { run } from "./runEffect";
import { switchableCodec, type TestEvent, testEventCodec } from "./testEvents";

export type It = (name: string, body: () => Promise<void>, timeout?: number) => void;

type Body = (
  store: EventStore<TestEvent>,
  readWith: (codec: EventCodec<TestEvent>) => void,
) => Promise<void>;

/** `writer` encodes appends; `readWith` swaps the reader mid-test (unknown types, upcasting). */
export const withStoreFrom =
  (makeStore: MakeStore) =>
  async (body: Body, writer: EventCodec<TestEvent> = testEventCodec): Promise<void> => {
    const { codec, readWith } = switchableCodec(writer);
    const store = await run(makeStore(testEnvironment(codec)));
    try {
      await body(store, readWith);
    } finally {
      await run(store.close());
    }
  };
