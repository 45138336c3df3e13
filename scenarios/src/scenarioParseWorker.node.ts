/** Worker-thread entry: parses scenario texts posted by parseInWorker.node.ts and posts each outcome back. */
import { parentPort } from "node:worker_threads";
import { outcomeToJson, parseScenarioOutcome } from "./parseScenarioText";

parentPort?.on("message", (m: { id: number; text: string }) => {
  parentPort?.postMessage({ id: m.id, json: outcomeToJson(parseScenarioOutcome(m.text)) });
});
