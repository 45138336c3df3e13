/**
 * The members of a pool that can take one more item (present, load below the limit), in a min-heap by
 * (load, index): the pool's choice "lowest load, lowest index on ties" is the root, so a request costs
 * O(1) and each change of load or absence O(log members) instead of a scan of all members.
 */
export class ResourcePoolMembers {
  private readonly load: Int32Array;
  private readonly absent: Uint8Array;
  private readonly heap: Int32Array;
  /** Heap position of each member, or -1 while it cannot take an item. */
  private readonly position: Int32Array;
  private size = 0;

  constructor(
    members: number,
    private readonly limit: number,
  ) {
    this.load = new Int32Array(members);
    this.absent = new Uint8Array(members);
    this.heap = new Int32Array(members);
    this.position = new Int32Array(members).fill(-1);
    if (limit > 0) for (let m = 0; m < members; m++) this.insert(m);
  }

  /** The present member with the lowest load below the limit (lowest index on ties), or -1. */
  best(): number {
    return this.size > 0 ? (this.heap[0] as number) : -1;
  }

  loadOf(member: number): number {
    return this.load[member] as number;
  }

  isAbsent(member: number): boolean {
    return this.absent[member] === 1;
  }

  /** One more item held by `member` (which must be able to take it). */
  increment(member: number): void {
    const load = (this.load[member] as number) + 1;
    this.load[member] = load;
    const at = this.position[member] as number;
    if (at < 0) return;
    if (load >= this.limit) this.removeAt(at);
    else this.siftDown(at);
  }

  /** One item fewer held by `member`. */
  decrement(member: number): void {
    const load = (this.load[member] as number) - 1;
    this.load[member] = load;
    if (this.absent[member] === 1) return;
    const at = this.position[member] as number;
    if (at >= 0) this.siftUp(at);
    else if (load < this.limit) this.insert(member);
  }

  setAbsent(member: number, absent: boolean): void {
    this.absent[member] = absent ? 1 : 0;
    const at = this.position[member] as number;
    if (absent && at >= 0) this.removeAt(at);
    else if (!absent && at < 0 && (this.load[member] as number) < this.limit) this.insert(member);
  }

  private before(a: number, b: number): boolean {
    const la = this.load[a] as number;
    const lb = this.load[b] as number;
    return la < lb || (la === lb && a < b);
  }

  private insert(member: number): void {
    this.heap[this.size] = member;
    this.position[member] = this.size;
    this.siftUp(this.size++);
  }

  private removeAt(at: number): void {
    const member = this.heap[at] as number;
    this.position[member] = -1;
    const last = this.heap[--this.size] as number;
    if (at === this.size) return;
    this.heap[at] = last;
    this.position[last] = at;
    this.siftUp(at);
    this.siftDown(this.position[last] as number);
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    const member = heap[index] as number;
    let i = index;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pm = heap[p] as number;
      if (!this.before(member, pm)) break;
      heap[i] = pm;
      this.position[pm] = i;
      i = p;
    }
    heap[i] = member;
    this.position[member] = i;
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    const n = this.size;
    const member = heap[index] as number;
    let i = index;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && this.before(heap[c + 1] as number, heap[c] as number)) c++;
      const cm = heap[c] as number;
      if (!this.before(cm, member)) break;
      heap[i] = cm;
      this.position[cm] = i;
      i = c;
    }
    heap[i] = member;
    this.position[member] = i;
  }
}
