/**
 * A pool's waiting requests. FIFO is a ring buffer (O(1) in and out; a withdrawn request stays as a tombstone
 * until it reaches the front); priority and EDF use the indexed heap ordered by (key, arrival).
 */
import { IndexedHeap } from "../engine/indexedHeap";

export interface RequestQueue<F, P> {
  /** Waiting requests (withdrawn ones not counted). */
  readonly size: number;
  push(key: number, fn: F, payload: P): number;
  /** Withdraws a waiting request; false when it already left the queue. */
  remove(handle: number): boolean;
  /** Takes the first request into `takenFn`/`takenPayload`; call only when size > 0. */
  shift(): void;
  readonly takenFn: F | undefined;
  readonly takenPayload: P | undefined;
}

export class FifoRequests<F, P> implements RequestQueue<F, P> {
  private fns: Array<F | undefined> = new Array(16);
  private payloads: Array<P | undefined> = new Array(16);
  private withdrawn = new Uint8Array(16);
  /** Physical index of the front, and the handle (arrival number) of the request there. */
  private head = 0;
  private headHandle = 0;
  private stored = 0;
  size = 0;
  takenFn: F | undefined = undefined;
  takenPayload: P | undefined = undefined;

  push(_key: number, fn: F, payload: P): number {
    if (this.stored === this.fns.length) this.grow();
    const at = (this.head + this.stored) % this.fns.length;
    this.fns[at] = fn;
    this.payloads[at] = payload;
    this.withdrawn[at] = 0;
    this.size++;
    return this.headHandle + this.stored++;
  }

  remove(handle: number): boolean {
    const offset = handle - this.headHandle;
    if (!(offset >= 0 && offset < this.stored)) return false;
    const at = (this.head + offset) % this.fns.length;
    if (this.withdrawn[at] === 1) return false;
    this.withdrawn[at] = 1;
    this.fns[at] = undefined;
    this.payloads[at] = undefined;
    this.size--;
    this.trim();
    return true;
  }

  shift(): void {
    this.takenFn = this.fns[this.head];
    this.takenPayload = this.payloads[this.head];
    this.fns[this.head] = undefined;
    this.payloads[this.head] = undefined;
    this.size--;
    this.advance();
    this.trim();
  }

  private advance(): void {
    this.head = this.head + 1 === this.fns.length ? 0 : this.head + 1;
    this.headHandle++;
    this.stored--;
  }

  /**
   * Drops tombstones at the front, so the front is live and an empty queue stores nothing. (Not at the back:
   * handles are positions, and a handle must never be issued twice.)
   */
  private trim(): void {
    while (this.stored > 0 && this.withdrawn[this.head] === 1) this.advance();
  }

  private grow(): void {
    const capacity = this.fns.length;
    const fns: Array<F | undefined> = new Array(capacity * 2);
    const payloads: Array<P | undefined> = new Array(capacity * 2);
    const withdrawn = new Uint8Array(capacity * 2);
    for (let i = 0; i < this.stored; i++) {
      const from = (this.head + i) % capacity;
      fns[i] = this.fns[from];
      payloads[i] = this.payloads[from];
      withdrawn[i] = this.withdrawn[from] as number;
    }
    this.fns = fns;
    this.payloads = payloads;
    this.withdrawn = withdrawn;
    this.head = 0;
  }
}

export class KeyedRequests<F, P> implements RequestQueue<F, P> {
  private readonly heap = new IndexedHeap<F, P>();
  takenFn: F | undefined = undefined;
  takenPayload: P | undefined = undefined;

  get size(): number {
    return this.heap.size;
  }

  push(key: number, fn: F, payload: P): number {
    return this.heap.push(key, 0, fn, payload);
  }

  remove(handle: number): boolean {
    return this.heap.remove(handle);
  }

  shift(): void {
    const slot = this.heap.peekSlot();
    this.takenFn = this.heap.fns[slot];
    this.takenPayload = this.heap.payloads[slot];
    this.heap.release(slot);
  }
}
