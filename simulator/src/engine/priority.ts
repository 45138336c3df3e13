/**
 * Tie-breaking among events at the same time: lower fires first, then FIFO by scheduling order.
 * Named after SimPy's URGENT/NORMAL, whose URGENT lets bookkeeping run before ordinary events.
 */
export const Priority = {
  /** Engine and calendar bookkeeping (capacity changes, warm-up resets) before anything else at that instant. */
  URGENT: 0,
  /** Releases and completions, so freed capacity is visible to requests at the same instant. */
  HIGH: 1,
  /** Ordinary process steps and arrivals. */
  NORMAL: 2,
  /** Observers and end-of-instant sampling, after the state for that instant has settled. */
  LOW: 3,
} as const;

export type Priority = (typeof Priority)[keyof typeof Priority];
