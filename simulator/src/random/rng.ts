/**
 * xoshiro128** (Blackman & Vigna 2018): a small, fast 32-bit PRNG with a 2^128-1 period.
 * Mutable on purpose: one generator per named stream, advanced in place without allocation.
 */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /**
   * Derives all four state words from the whole key (seed, stream, stream2): each word is a separate murmur3-style
   * hash of the key, so two streams of one seed share no state word and their first draws differ (issue 16 item 7;
   * before, s0 and s1 came from the seed alone and xoshiro's first output depends only on s1).
   */
  constructor(seed: number, stream = 0, stream2 = 0) {
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 4294967296) >>> 0;
    this.s0 = keyHash(lo, hi, stream, stream2, 0x9e3779b9);
    this.s1 = keyHash(lo, hi, stream, stream2, 0x7f4a7c15);
    this.s2 = keyHash(lo, hi, stream, stream2, 0x85ebca6b);
    this.s3 = keyHash(lo, hi, stream, stream2, 0xc2b2ae35);
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next unsigned 32-bit integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform double in [0, 1) with 53 random bits (two draws). */
  float(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
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
