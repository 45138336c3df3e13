/**
 * Binary min-heap of slots ordered by (key, rank, seq), stored as a struct of typed arrays so
 * pushing and popping allocate nothing. Slots carry a function and a payload and can be removed
 * by handle in O(log n). Used for the event list (key = time, rank = priority) and resource queues.
 */

const SLOT_BITS = 2 ** 24;

export class IndexedHeap<F, P> {
  private key = new Float64Array(64);
  private rank = new Int32Array(64);
  private seq = new Float64Array(64);
  private generation = new Float64Array(64);
  /** Heap position of each slot, or -1 when the slot is free. */
  private position = new Int32Array(64).fill(-1);
  private heap = new Int32Array(64);
  readonly fns: Array<F | undefined> = new Array(64);
  readonly payloads: Array<P | undefined> = new Array(64);
  private free: Array<number> = [];
  private slotCount = 0;
  private nextSeq = 0;
  size = 0;

  /** Inserts and returns a handle (slot and generation) that stays unique after the slot is reused. */
  push(key: number, rank: number, fn: F, payload: P): number {
    const slot = this.free.length > 0 ? (this.free.pop() as number) : this.newSlot();
    this.key[slot] = key;
    this.rank[slot] = rank;
    this.seq[slot] = this.nextSeq++;
    this.fns[slot] = fn;
    this.payloads[slot] = payload;
    this.heap[this.size] = slot;
    this.position[slot] = this.size;
    this.siftUp(this.size++);
    return (this.generation[slot] as number) * SLOT_BITS + slot;
  }

  /** Slot at the top (smallest), or -1 when empty. Read its fields, then `release(slot)`. */
  peekSlot(): number {
    return this.size > 0 ? (this.heap[0] as number) : -1;
  }

  keyOf(slot: number): number {
    return this.key[slot] as number;
  }

  /** Removes a queued handle; false when it already left the heap (popped or removed). */
  remove(handle: number): boolean {
    const slot = handle % SLOT_BITS;
    if (slot >= this.slotCount || this.generation[slot] !== Math.floor(handle / SLOT_BITS))
      return false;
    if ((this.position[slot] as number) < 0) return false;
    this.release(slot);
    return true;
  }

  /** Takes `slot` out of the heap and frees it for reuse. */
  release(slot: number): void {
    const at = this.position[slot] as number;
    const last = this.heap[--this.size] as number;
    this.position[slot] = -1;
    this.generation[slot] = (this.generation[slot] as number) + 1;
    this.fns[slot] = undefined;
    this.payloads[slot] = undefined;
    this.free.push(slot);
    if (at === this.size) return;
    this.heap[at] = last;
    this.position[last] = at;
    this.siftUp(at);
    this.siftDown(this.position[last] as number);
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a] as number;
    const kb = this.key[b] as number;
    if (ka !== kb) return ka < kb;
    const ra = this.rank[a] as number;
    const rb = this.rank[b] as number;
    if (ra !== rb) return ra < rb;
    return (this.seq[a] as number) < (this.seq[b] as number);
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    const slot = heap[index] as number;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as number;
      if (!this.less(slot, p)) break;
      heap[i] = p;
      this.position[p] = i;
      i = parent;
    }
    heap[i] = slot;
    this.position[slot] = i;
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    const n = this.size;
    const slot = heap[index] as number;
    let i = index;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n) {
        // Branch-free choice of the smaller child on distinct keys (a coin toss the CPU mispredicts half the time).
        const r = heap[right] as number;
        const l = heap[child] as number;
        const kr = this.key[r] as number;
        const kl = this.key[l] as number;
        child += kr !== kl ? Number(kr < kl) : Number(this.less(r, l));
      }
      const c = heap[child] as number;
      if (!this.less(c, slot)) break;
      heap[i] = c;
      this.position[c] = i;
      i = child;
    }
    heap[i] = slot;
    this.position[slot] = i;
  }

  private newSlot(): number {
    if (this.slotCount === this.key.length) this.grow(this.key.length * 2);
    return this.slotCount++;
  }

  private grow(capacity: number): void {
    if (capacity > SLOT_BITS)
      throw new RangeError(`IndexedHeap: more than ${SLOT_BITS} queued entries`);
    const widen = <T extends Float64Array | Int32Array>(
      old: T,
      make: (n: number) => T,
      fill = 0,
    ): T => {
      const next = make(capacity).fill(fill) as T;
      next.set(old);
      return next;
    };
    this.key = widen(this.key, (n) => new Float64Array(n));
    this.rank = widen(this.rank, (n) => new Int32Array(n));
    this.seq = widen(this.seq, (n) => new Float64Array(n));
    this.generation = widen(this.generation, (n) => new Float64Array(n));
    this.position = widen(this.position, (n) => new Int32Array(n), -1);
    this.heap = widen(this.heap, (n) => new Int32Array(n));
  }
}
