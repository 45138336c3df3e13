/** Child-process entry for the durability contract: appends batches forever until killed (`node --import tsx`). */
import { Effect } from "effect";
import { testEnvironment } from "../contract/contractTypes";
import { count, testEventCodec } from "../contract/testEvents";
import { openSqliteEventStore } from "./sqliteEventStore";

const [path, streamId, size] = process.argv.slice(2);
if (path === undefined || streamId === undefined || size === undefined) {
  process.stderr.write("usage: sqliteBatchWriter.ts <db> <streamId> <batchSize>\n");
  process.exit(2);
}
const batchSize = Number(size);
const store = await Effect.runPromise(
  openSqliteEventStore(path, testEnvironment(testEventCodec, `w${process.pid}`)),
);
for (let batch = 1; ; batch++) {
  const events = Array.from({ length: batchSize }, (_, i) =>
    count("kill", (batch - 1) * batchSize + i),
  );
  process.stdout.write(`begin ${batch}\n`);
  await Effect.runPromise(store.append(streamId, events));
  process.stdout.write(`committed ${batch}\n`);
}
