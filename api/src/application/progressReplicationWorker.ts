/**
 * Worker-thread export for `runCaseFlowReplications`: runs one case-flow replication and announces that it finished
 * on a BroadcastChannel, because the simulator's worker runner reports only when all replications are done.
 */
import { BroadcastChannel } from "node:worker_threads";
import {
  caseFlowReplication,
  type ReplicationInput,
  type ReplicationKpis,
} from "@sagsflow/simulator/model";

export interface ReportingInput {
  readonly channel: string;
  readonly input: ReplicationInput;
}

const channels = new Map<string, BroadcastChannel>();

/** Same result as `caseFlowReplication(input)`; the progress message carries no data, only the fact. */
export const caseFlowReplicationReporting = ({
  channel,
  input,
}: ReportingInput): ReplicationKpis => {
  const result = caseFlowReplication(input);
  let port = channels.get(channel);
  if (port === undefined) {
    port = new BroadcastChannel(channel);
    // A worker is terminated by the runner; an open channel must not be what keeps it alive.
    port.unref();
    channels.set(channel, port);
  }
  port.postMessage(1);
  return result;
};
