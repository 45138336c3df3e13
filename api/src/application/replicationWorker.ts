/**
 * Worker-thread export for `streamReplications`: one replication whose KPIs are also posted on a BroadcastChannel
 * as soon as they exist (progress bars, SSE partial KPIs), because the simulator's worker runner reports only when
 * all replications are done; skipped when the shared cancel flag is set.
 */
import { BroadcastChannel } from "node:worker_threads";
import {
  caseFlowReplication,
  type ReplicationInput,
  type ReplicationKpis,
} from "@sagsflow/simulator/model";

export interface StreamingInput {
  readonly channel: string;
  readonly index: number;
  readonly input: ReplicationInput;
  /** Int32Array over a SharedArrayBuffer; element 0 is 1 once the run is cancelled. */
  readonly cancel: Int32Array;
}

const channels = new Map<string, BroadcastChannel>();

export const streamedReplication = ({
  channel,
  index,
  input,
  cancel,
}: StreamingInput): ReplicationKpis | null => {
  if (Atomics.load(cancel, 0) === 1) return null;
  const kpis = caseFlowReplication(input);
  let port = channels.get(channel);
  if (port === undefined) {
    port = new BroadcastChannel(channel);
    // A worker is terminated by the runner; an open channel must not be what keeps it alive.
    port.unref();
    channels.set(channel, port);
  }
  port.postMessage({ index, kpis });
  return kpis;
};
