/** Applies ReadStreamOptions (direction, inclusive start version, max count) to one stream's records. */
import type { ReadStreamOptions } from "../eventStore";

export const sliceStream = <R extends { readonly version: number }>(
  stream: ReadonlyArray<R>,
  { direction = "forward", fromVersion, maxCount = Number.POSITIVE_INFINITY }: ReadStreamOptions,
): ReadonlyArray<R> => {
  if (direction === "forward") {
    const start = Math.max((fromVersion ?? 1) - 1, 0);
    return stream.slice(start, start + maxCount);
  }
  const end = Math.min(fromVersion ?? stream.length, stream.length);
  return stream.slice(Math.max(end - maxCount, 0), Math.max(end, 0)).reverse();
};
