/** Live progress of running comparisons for SSE: the latest snapshot per id and listeners for what comes next. */

export type ComparisonUpdate =
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  | { readonly type: "partial"; readonly kpis: unknown }
  | { readonly type: "done"; readonly status: string };

type Listener = (update: ComparisonUpdate) => void;

export interface ComparisonHub {
  readonly publish: (id: string, update: ComparisonUpdate) => void;
  /** The updates a late subscriber needs to catch up (last progress and partial), then live ones. */
  readonly subscribe: (id: string, listener: Listener) => () => void;
  readonly latest: (id: string) => ReadonlyArray<ComparisonUpdate>;
  readonly forget: (id: string) => void;
}

export const makeComparisonHub = (): ComparisonHub => {
  const listeners = new Map<string, Set<Listener>>();
  const snapshots = new Map<string, Map<string, ComparisonUpdate>>();
  return {
    publish: (id, update) => {
      const snap = snapshots.get(id) ?? new Map<string, ComparisonUpdate>();
      snap.set(update.type, update);
      snapshots.set(id, snap);
      for (const l of listeners.get(id) ?? []) l(update);
    },
    subscribe: (id, listener) => {
      const set = listeners.get(id) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(id, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(id);
      };
    },
    latest: (id) => [...(snapshots.get(id)?.values() ?? [])],
    forget: (id) => {
      snapshots.delete(id);
    },
  };
};
