/**
 * A pool of members (staff or servers), each holding up to `slotsPerMember` items at once
 * (1 = one job at a time; N = a caseload limit of N open cases per person). Waiting requests are
 * ordered FIFO, by priority, or earliest-deadline-first; time-weighted statistics come built in.
 */
import type { Simulation } from "../engine/simulation";
import { TimeWeighted } from "../stats/timeWeighted";
import { ResourcePoolMembers } from "./resourcePoolMembers";
import { FifoRequests, KeyedRequests, type RequestQueue } from "./resourcePoolQueue";

/** fifo: arrival order; priority: lower key first; edf: earliest deadline (key) first. Ties FIFO. */
export type QueueDiscipline = "fifo" | "priority" | "edf";

export type GrantHandler<P> = (payload: P, member: number, sim: Simulation) => void;

export interface ResourcePoolOptions {
  readonly members: number;
  /** Items one member may hold at once (caseload limit); default 1. */
  readonly slotsPerMember?: number;
  readonly discipline?: QueueDiscipline;
}

export class ResourcePool {
  private readonly queue: RequestQueue<GrantHandler<never>, unknown>;
  private readonly available: ResourcePoolMembers;
  readonly members: number;
  readonly slotsPerMember: number;
  /** Items held (busy slots) over time. */
  readonly busy: TimeWeighted;
  /** Waiting requests over time. */
  readonly queueLength: TimeWeighted;
  /** Slots of present (not absent) members over time. */
  readonly capacity: TimeWeighted;

  constructor(
    private readonly sim: Simulation,
    options: ResourcePoolOptions,
  ) {
    this.members = options.members;
    this.slotsPerMember = options.slotsPerMember ?? 1;
    this.queue =
      (options.discipline ?? "fifo") === "fifo" ? new FifoRequests() : new KeyedRequests();
    this.available = new ResourcePoolMembers(this.members, this.slotsPerMember);
    this.busy = new TimeWeighted(sim.now);
    this.queueLength = new TimeWeighted(sim.now);
    this.capacity = new TimeWeighted(sim.now, this.members * this.slotsPerMember);
  }

  /**
   * Asks for one slot. If one is free and nobody waits, `onGranted(payload, member)` runs at once
   * and -1 is returned; otherwise the request waits and a handle for `cancelRequest` is returned.
   * `key` orders the queue under "priority" (lower first) and "edf" (the deadline); FIFO ignores it.
   */
  request<P>(payload: P, onGranted: GrantHandler<P>, key = 0): number {
    if (this.queue.size === 0) {
      const member = this.available.best();
      if (member >= 0) {
        this.grant(member, payload, onGranted);
        return -1;
      }
    }
    const handle = this.queue.push(key, onGranted as GrantHandler<never>, payload);
    this.queueLength.update(this.sim.now, this.queue.size);
    return handle;
  }

  /** Withdraws a waiting request (reneging); false when it was already granted or withdrawn. */
  cancelRequest(handle: number): boolean {
    const removed = this.queue.remove(handle);
    if (removed) this.queueLength.update(this.sim.now, this.queue.size);
    return removed;
  }

  /** Frees one slot held by `member` and grants waiting requests. */
  release(member: number): void {
    this.available.decrement(member);
    this.busy.add(this.sim.now, -1);
    this.dispatch();
  }

  /** Marks a member absent (no new grants; held items stay) or present again. */
  setAbsent(member: number, absent: boolean): void {
    if (this.available.isAbsent(member) === absent) return;
    this.available.setAbsent(member, absent);
    this.capacity.add(this.sim.now, absent ? -this.slotsPerMember : this.slotsPerMember);
    if (!absent) this.dispatch();
  }

  isAbsent(member: number): boolean {
    return this.available.isAbsent(member);
  }

  /** Items currently held by `member`. */
  loadOf(member: number): number {
    return this.available.loadOf(member);
  }

  get waiting(): number {
    return this.queue.size;
  }

  /** Time-average busy slots over time-average present slots since the last reset; null before time passes. */
  utilization(now: number): number | null {
    const busy = this.busy.mean(now);
    const capacity = this.capacity.mean(now);
    return busy === null || capacity === null || capacity === 0 ? null : busy / capacity;
  }

  /** Restarts the time-weighted statistics at `now` (end of warm-up). */
  resetStats(now: number): void {
    this.busy.reset(now);
    this.queueLength.reset(now);
    this.capacity.reset(now);
  }

  private dispatch(): void {
    const queue = this.queue;
    while (queue.size > 0) {
      const member = this.available.best();
      if (member < 0) break;
      queue.shift();
      const onGranted = queue.takenFn as GrantHandler<unknown>;
      const payload = queue.takenPayload;
      this.queueLength.update(this.sim.now, queue.size);
      this.grant(member, payload, onGranted);
    }
  }

  private grant<P>(member: number, payload: P, onGranted: GrantHandler<P>): void {
    this.available.increment(member);
    this.busy.add(this.sim.now, 1);
    onGranted(payload, member, this.sim);
  }
}
