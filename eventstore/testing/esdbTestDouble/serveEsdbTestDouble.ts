/**
 * TEST DOUBLE: not an EventStoreDB server. Runs the double as its own process for manual and CLI tests:
 * `npx tsx testing/esdbTestDouble/serveEsdbTestDouble.ts [port]` prints the connection string, stops on SIGINT/SIGTERM.
 */
import { startEsdbTestDouble } from "./startEsdbTestDouble";

const double = await startEsdbTestDouble({ port: Number(process.argv[2] ?? 0) });
process.stdout.write(`${double.url}\n`);
const stop = () => void double.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
