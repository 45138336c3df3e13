/**
 * Parses a large scenario text in a worker thread, so a server's event loop is not held by the YAML parser (tens to
 * hundreds of milliseconds for a text of tens of kilobytes), then remembers the outcome: the caller's ordinary
 * `parseScenarioText` of the same text is then a cache hit. Small texts are left to the caller (cheaper than a
 * message round trip). A parse that runs past PARSE_TIME_LIMIT_MS is stopped and refused.
 */
import { Worker } from "node:worker_threads";
import {
  isParseRemembered,
  outcomeFromJson,
  type ParseOutcome,
  rememberParse,
} from "./parseScenarioText";

/** Texts up to this length parse in well under a few milliseconds and stay on the caller's thread. */
export const WORKER_THRESHOLD_CHARS = 2_048;
export const PARSE_TIME_LIMIT_MS = 10_000;

// Node 20 does not apply `--import tsx` hooks to a worker's entry, so the worker registers tsx itself.
const BOOT = `const { workerData } = require("node:worker_threads");
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`;
const workerData = {
  tsx: import.meta.resolve("tsx/esm/api"),
  entry: new URL("./scenarioParseWorker.node.ts", import.meta.url).href,
};

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (outcome: ParseOutcome) => void>();

const refused = (message: string): ParseOutcome => ({
  ok: false,
  problem: { file: "", line: 1, column: 1, field: "", value: "(YAML)", message },
});

const stop = (message: string): void => {
  void worker?.terminate();
  worker = undefined;
  for (const answer of waiting.values()) answer(refused(message));
  waiting.clear();
};

const started = (): Worker => {
  if (worker !== undefined) return worker;
  const w = new Worker(BOOT, { eval: true, workerData });
  w.unref();
  w.on("message", (m: { id: number; json: string }) => {
    waiting.get(m.id)?.(outcomeFromJson(m.json));
    waiting.delete(m.id);
  });
  w.on("error", (e) => stop(`the scenario could not be parsed: ${e.message}`));
  worker = w;
  return w;
};

/** Resolves once `text` has been parsed off this thread and its outcome remembered. */
export const parseInWorker = async (text: string): Promise<void> => {
  if (text.length <= WORKER_THRESHOLD_CHARS || isParseRemembered(text)) return;
  const id = nextId++;
  const outcome = await new Promise<ParseOutcome>((resolve) => {
    const timer = setTimeout(
      () => stop(`parsing took longer than ${PARSE_TIME_LIMIT_MS / 1000} s`),
      PARSE_TIME_LIMIT_MS,
    );
    waiting.set(id, (o) => {
      clearTimeout(timer);
      resolve(o);
    });
    started().postMessage({ id, text });
  });
  rememberParse(text, outcome);
};
