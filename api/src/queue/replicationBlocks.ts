/**
 * How a run's replications become queue jobs: consecutive replications of one scenario (the same parameters) in
 * blocks of at most `size`. A job carries its replications' seeds, derived from the run seed and the replication
 * index before anything is queued, so a result never depends on which worker ran it or how often.
 */
import type { ModelParams, ReplicationInput } from "@sagsflow/simulator/model";

export interface ReplicationBlock {
  /** The job id: the run and the block's first index, so enqueueing a run again finds the jobs it already has. */
  readonly id: string;
  /** Index in the run's inputs of the block's first replication. */
  readonly first: number;
  readonly params: ModelParams;
  readonly seeds: ReadonlyArray<number>;
}

export const replicationBlocks = (
  runId: string,
  inputs: ReadonlyArray<ReplicationInput>,
  size: number,
): ReadonlyArray<ReplicationBlock> => {
  const blocks: ReplicationBlock[] = [];
  let first = 0;
  while (first < inputs.length) {
    const params = (inputs[first] as ReplicationInput).params;
    let end = first + 1;
    while (end < inputs.length && end - first < size && inputs[end]?.params === params) end++;
    const seeds = inputs.slice(first, end).map((i) => i.seed);
    // BullMQ reserves ":" in job ids.
    blocks.push({ id: `${runId.replaceAll(":", "_")}.${first}`, first, params, seeds });
    first = end;
  }
  return blocks;
};
