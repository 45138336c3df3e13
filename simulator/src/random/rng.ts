/**
 * xoshiro128** (Blackman & Vigna 2018): a small, fast 32-bit PRNG with a 2^128-1 period.
 * Mutable on purpose: one generator per named stream, advanced in place without allocation.
 */
export class Rng {
  /** The four state words in one typed array: V8 keeps them as raw 32-bit integers, no boxing (1.3x faster draws). */
  private readonly s = new Int32Array(4);

  /**
   * Derives all four state words from the whole key (seed, stream, stream2): each word is a separate murmur3-style
   * hash of the key, so two streams of one seed share no state word and their first draws differ (issue 16 item 7;
   * before, s0 and s1 came from the seed alone and xoshiro's first output depends only on s1).
   */
  constructor(seed: number, stream = 0, stream2 = 0) {
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 4294967296) >>> 0;
    this.setState(
      keyHash(lo, hi, stream, stream2, 0x9e3779b9),
      keyHash(lo, hi, stream, stream2, 0x7f4a7c15),
      keyHash(lo, hi, stream, stream2, 0x85ebca6b),
      keyHash(lo, hi, stream, stream2, 0xc2b2ae35),
    );
  }

  /** A generator with the given state words, e.g. to reproduce a reference sequence; all-zero becomes (1, 0, 0, 0). */
  static fromState(s0: number, s1: number, s2: number, s3: number): Rng {
    const rng = new Rng(0);
    rng.setState(s0, s1, s2, s3);
    return rng;
  }

  private setState(s0: number, s1: number, s2: number, s3: number): void {
    const s = this.s;
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
    if ((s0 | s1 | s2 | s3) === 0) s[0] = 1;
  }

  /** Next unsigned 32-bit integer. */
  nextUint32(): number {
    return this.nextInt32() >>> 0;
  }

  /**
   * The next output as a signed 32-bit integer (same bits as `nextUint32`). A signed result stays a small integer
   * in V8 when the call is not inlined, where an unsigned one above 2^31 would be boxed on the heap.
   */
  private nextInt32(): number {
    const s = this.s;
    const s0 = s[0] as number;
    const s1 = s[1] as number;
    const s2 = (s[2] as number) ^ s0;
    const s3 = (s[3] as number) ^ s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    s[0] = s0 ^ s3;
    s[1] = s1 ^ s2;
    s[2] = s2 ^ (s1 << 9);
    s[3] = rotl(s3, 11);
    return result;
  }

  /** Uniform double in [0, 1) with 53 random bits (two draws). */
  float(): number {
    const hi = this.nextInt32() >>> 5;
    const lo = this.nextInt32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Uniform double in (0, 1): safe for `Math.log(u)`. */
  floatOpen(): number {
    let u = this.float();
    while (u === 0) u = this.float();
    return u;
  }

  /** Uniform integer in [0, n) for 0 < n <= 2^32, by rejection so there is no modulo bias. */
  int(n: number): number {
    const limit = 4294967296 - (4294967296 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** murmur3_32 over four 32-bit key words with a per-state-word seed, finished by its avalanche (fmix32). */
function keyHash(a: number, b: number, c: number, d: number, seed: number): number {
  let h = seed >>> 0;
  h = mixWord(h, a);
  h = mixWord(h, b);
  h = mixWord(h, c);
  h = mixWord(h, d);
  h ^= 16;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function mixWord(h: number, word: number): number {
  let k = Math.imul(word >>> 0, 0xcc9e2d51);
  k = rotl(k, 15);
  k = Math.imul(k, 0x1b873593);
  const x = rotl(h ^ k, 13);
  return (Math.imul(x, 5) + 0xe6546b64) | 0;
}
