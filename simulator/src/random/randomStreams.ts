/**
 * Named, independent random streams from one seed. A stream depends only on (seed, name), never on
 * which other streams exist or their creation order: that is what gives common random numbers.
 */
import { Rng } from "./rng";

export class RandomStreams {
  private readonly streams = new Map<string, Rng>();

  constructor(readonly seed: number) {}

  /** The generator for `name`; the same object on every call, so draws continue where they left off. */
  stream(name: string): Rng {
    let rng = this.streams.get(name);
    if (rng === undefined) {
      rng = new Rng(this.seed, nameHash(name), nameHash(name, 0x050c5d1f));
      this.streams.set(name, rng);
    }
    return rng;
  }
}

/** FNV-1a hash of the stream name (32 bits); a second offset basis gives an independent second word. */
export function nameHash(name: string, basis = 0x811c9dc5): number {
  let h = basis;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
