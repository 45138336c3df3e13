/** Child-process entry for the durability contract over EventStoreDB: appends batches forever until killed. */
import { Effect } from "effect";
import { testEnvironment } from "../src/contract/contractTypes";
import { count, testEventCodec } from "../src/contract/testEvents";
import { makeEventStoreDbStore } from "../src/eventstoredb/makeEventStoreDbStore";
import { namespacedEventStore } from "./namespacedEventStore";

const [url, namespace, streamId, size] = process.argv.slice(2);
if (url === undefined || namespace === undefined || streamId === undefined || size === undefined) {
  process.stderr.write("usage: esdbBatchWriter.ts <url> <namespace> <streamId> <batchSize>\n");
  process.exit(2);
}
const batchSize = Number(size);
const store = namespacedEventStore(
  await Effect.runPromise(
    makeEventStoreDbStore({ url, ...testEnvironment(testEventCodec, `w${process.pid}`) }),
  ),
  namespace,
);
for (let batch = 1; ; batch++) {
  const events = Array.from({ length: batchSize }, (_, i) =>
    count("kill", (batch - 1) * batchSize + i),
  );
  process.stdout.write(`begin ${batch}\n`);
  await Effect.runPromise(store.append(streamId, events));
  process.stdout.write(`committed ${batch}\n`);
}
