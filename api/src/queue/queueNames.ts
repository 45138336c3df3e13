/** The BullMQ queue every coordinator and `sagsflow worker` share, and how long finished jobs are kept. */
export const REPLICATION_QUEUE = "sagsflow-replications";
export const JOB_NAME = "replication-block";
/** Finished blocks stay a day, so a restarted API can reattach to a run and read what was already done. */
export const KEEP_FINISHED_SECONDS = 24 * 3600;
