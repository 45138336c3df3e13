/** Talks to the charts worker: asks for the comparison's scenarios and hands each scenario's result back as it arrives. */
import type { ChartsReply, ChartsRequest } from "../worker/chartsProtocol";

let worker: Worker | undefined;
let nextId = 1;

export const requestCharts = (
  scenarios: ReadonlyArray<string>,
  seed: number,
  cases: number | null,
  onReply: (r: ChartsReply) => void,
): void => {
  worker ??= new Worker(new URL("../worker/chartsWorker.ts", import.meta.url), { type: "module" });
  const requestId = nextId++;
  worker.onmessage = (msg: MessageEvent<ChartsReply>) => {
    // Replies to an older request (the user moved on) are dropped.
    if (msg.data.requestId === requestId) onReply(msg.data);
  };
  const request: ChartsRequest = { requestId, scenarios, seed, cases };
  worker.postMessage(request);
};
