/**
 * The event list: a binary min-heap ordered by (time, rank, seq) whose keys sit inline in typed arrays in heap
 * order, so a comparison reads adjacent memory instead of going through a slot. (rank, seq) is packed into one
 * exact double, `order`. Handlers and payloads live in slots that never move; a cancelled event stays in the
 * heap as a tombstone (its handler cleared) until it reaches the top.
 */

const SLOT_BITS = 2 ** 24;
/** Generations wrap here so that generation * SLOT_BITS + slot stays an exact integer (< 2^53). */
const GENERATION_MASK = 2 ** 29 - 1;
/** Ranks are integers in [RANK_MIN, RANK_MAX]; seq < SEQ_LIMIT, so (rank - RANK_MIN) * SEQ_LIMIT + seq < 2^52. */
export const RANK_MIN = -2048;
export const RANK_MAX = 2047;
const SEQ_LIMIT = 2 ** 40;

function throwTooManyEvents(): never {
  throw new RangeError(`EventQueue: more than ${SEQ_LIMIT} events scheduled`);
}

export class EventQueue<F, P> {
  private time = new Float64Array(64);
  private order = new Float64Array(64);
  private slotAt = new Int32Array(64);
  private size = 0;
  private nextSeq = 0;
  /** Root emptied by `take` and not yet refilled: the next `push` drops into it (one sift instead of two). */
  private hole = false;
  private tombstones = 0;

  /**
   * Per slot: handler (undefined once cancelled), payload, generation. A fired slot keeps its payload until
   * the slot is reused (reuse is last-in first-out), which saves two stores per event.
   */
  readonly fns: Array<F | undefined> = [];
  readonly payloads: Array<P | undefined> = [];
  private generation = new Int32Array(64);
  private free = new Int32Array(64);
  private freeCount = 0;

  /** Events queued and neither fired nor cancelled. */
  get pending(): number {
    return this.size - (this.hole ? 1 : 0) - this.tombstones;
  }

  /**
   * Inserts and returns a handle (slot and generation) that stays unique after the slot is reused.
   * `rank` must be an integer in [RANK_MIN, RANK_MAX] (the caller checks).
   */
  push(time: number, rank: number, fn: F, payload: P): number {
    const slot = this.freeCount > 0 ? (this.free[--this.freeCount] as number) : this.newSlot();
    this.fns[slot] = fn;
    this.payloads[slot] = payload;
    const seq = this.nextSeq++;
    if (seq >= SEQ_LIMIT) throwTooManyEvents();
    const order = (rank - RANK_MIN) * SEQ_LIMIT + seq;
    this.newTime = time;
    this.newOrder = order;
    if (this.hole) {
      this.hole = false;
      this.siftDown(0, slot);
    } else {
      if (this.size === this.time.length) this.grow();
      this.siftUp(this.size++, slot);
    }
    return (this.generation[slot] as number) * SLOT_BITS + slot;
  }

  /** Time of the earliest live event, or Infinity when none is queued. */
  peekTime(): number {
    this.settle();
    return this.size > 0 ? (this.time[0] as number) : Number.POSITIVE_INFINITY;
  }

  /**
   * Removes the earliest live event if its time is below `until` and returns its slot (read `fns[slot]`,
   * `payloads[slot]` and `takenTime` before the next push), or -1 when nothing is due.
   */
  take(until: number): number {
    this.settle();
    if (this.size === 0) return -1;
    const time = this.time[0] as number;
    if (!(time < until)) return -1;
    const slot = this.slotAt[0] as number;
    this.takenTime = time;
    this.freeSlot(slot);
    this.hole = true;
    return slot;
  }

  takenTime = 0;
  /**
   * The entry a sift places, handed over in fields rather than arguments: V8 boxes a double argument on the heap
   * when it does not inline the call, and the sifts are too large to inline everywhere.
   */
  private newTime = 0.5;
  private newOrder = 0.5;

  /** Cancels a queued handle; false when it already fired or was cancelled. */
  cancel(handle: number): boolean {
    const slot = handle % SLOT_BITS;
    if (slot >= this.fns.length || this.generation[slot] !== Math.floor(handle / SLOT_BITS))
      return false;
    if (this.fns[slot] === undefined) return false;
    this.fns[slot] = undefined;
    this.payloads[slot] = undefined;
    this.tombstones++;
    return true;
  }

  /** Refills a hole left by `take` and drops cancelled events off the top, so the root is live. */
  private settle(): void {
    if (this.hole) this.removeRoot();
    while (this.size > 0 && this.fns[this.slotAt[0] as number] === undefined) {
      const slot = this.slotAt[0] as number;
      this.tombstones--;
      this.freeSlot(slot);
      this.removeRoot();
    }
  }

  private removeRoot(): void {
    this.hole = false;
    const last = --this.size;
    if (last > 0) {
      this.newTime = this.time[last] as number;
      this.newOrder = this.order[last] as number;
      this.siftDown(0, this.slotAt[last] as number);
    }
  }

  private freeSlot(slot: number): void {
    this.generation[slot] = ((this.generation[slot] as number) + 1) & GENERATION_MASK;
    this.free[this.freeCount++] = slot;
  }

  private siftUp(index: number, slot: number): void {
    const t = this.newTime;
    const o = this.newOrder;
    const time = this.time;
    const order = this.order;
    const slotAt = this.slotAt;
    let i = index;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = time[p] as number;
      if (pt < t || (pt === t && (order[p] as number) < o)) break;
      time[i] = pt;
      order[i] = order[p] as number;
      slotAt[i] = slotAt[p] as number;
      i = p;
    }
    time[i] = t;
    order[i] = o;
    slotAt[i] = slot;
  }

  /** Places (newTime, newOrder, slot) at the empty `index` and moves it down over smaller children. */
  private siftDown(index: number, slot: number): void {
    const t = this.newTime;
    const o = this.newOrder;
    const time = this.time;
    const order = this.order;
    const slotAt = this.slotAt;
    const n = this.size;
    let i = index;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      let ct = time[c] as number;
      const right = c + 1;
      if (right < n) {
        const rt = time[right] as number;
        if (rt !== ct) c += Number(rt < ct);
        else if ((order[right] as number) < (order[c] as number)) c = right;
        ct = time[c] as number;
      }
      if (t < ct || (t === ct && o < (order[c] as number))) break;
      time[i] = ct;
      order[i] = order[c] as number;
      slotAt[i] = slotAt[c] as number;
      i = c;
    }
    time[i] = t;
    order[i] = o;
    slotAt[i] = slot;
  }

  private newSlot(): number {
    const slot = this.fns.length;
    if (slot >= SLOT_BITS) throw new RangeError(`EventQueue: more than ${SLOT_BITS} queued events`);
    this.fns.push(undefined);
    this.payloads.push(undefined);
    if (slot === this.generation.length) {
      const generation = new Int32Array(slot * 2);
      generation.set(this.generation);
      this.generation = generation;
      this.free = new Int32Array(slot * 2);
    }
    return slot;
  }

  private grow(): void {
    const capacity = this.time.length * 2;
    const time = new Float64Array(capacity);
    const order = new Float64Array(capacity);
    const slotAt = new Int32Array(capacity);
    time.set(this.time);
    order.set(this.order);
    slotAt.set(this.slotAt);
    this.time = time;
    this.order = order;
    this.slotAt = slotAt;
  }
}
