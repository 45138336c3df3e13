// The pool's bookkeeping against plain references: the member heap against a scan of all members, the FIFO
// ring against an array, under random operations (fast-check, fixed seeds).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ResourcePoolMembers } from "./resourcePoolMembers";
import { FifoRequests } from "./resourcePoolQueue";

const params = { seed: 20261202, numRuns: 300 } as const;

/** The rule the heap must reproduce: present, load below the limit, lowest load, lowest index on ties. */
function scanBest(
  load: ReadonlyArray<number>,
  absent: ReadonlyArray<boolean>,
  limit: number,
): number {
  let best = -1;
  for (let m = 0; m < load.length; m++)
    if (
      !absent[m] &&
      (load[m] as number) < limit &&
      (best < 0 || (load[m] as number) < (load[best] as number))
    )
      best = m;
  return best;
}

describe("ResourcePoolMembers", () => {
  it("always names the member a scan would choose (property)", () => {
    const op = fc.oneof(
      fc.constant({ kind: "grant" as const, member: 0 }),
      fc.record({ kind: fc.constant("release" as const), member: fc.nat(11) }),
      fc.record({ kind: fc.constant("absent" as const), member: fc.nat(11) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(op, { maxLength: 200 }),
        (members, limit, ops) => {
          const heap = new ResourcePoolMembers(members, limit);
          const load = new Array<number>(members).fill(0);
          const absent = new Array<boolean>(members).fill(false);
          for (const o of ops) {
            const m = o.member % members;
            if (o.kind === "grant") {
              const best = scanBest(load, absent, limit);
              if (best >= 0) {
                heap.increment(best);
                load[best] = (load[best] as number) + 1;
              }
            } else if (o.kind === "release" && (load[m] as number) > 0) {
              heap.decrement(m);
              load[m] = (load[m] as number) - 1;
            } else if (o.kind === "absent") {
              absent[m] = !absent[m];
              heap.setAbsent(m, absent[m] as boolean);
            }
            expect(heap.best()).toBe(scanBest(load, absent, limit));
            expect(heap.loadOf(m)).toBe(load[m]);
          }
        },
      ),
      params,
    );
  });
});

describe("FifoRequests", () => {
  it("serves live requests in arrival order; a handle withdraws only its own request, once (property)", () => {
    const op = fc.oneof(
      fc.constant({ kind: "push" as const, at: 0 }),
      fc.constant({ kind: "shift" as const, at: 0 }),
      fc.record({ kind: fc.constant("remove" as const), at: fc.nat(300) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const queue = new FifoRequests<string, number>();
        const reference: Array<number> = [];
        const handles: Array<number> = [];
        const served: Array<number> = [];
        const expected: Array<number> = [];
        for (const o of ops) {
          if (o.kind === "push") {
            handles.push(queue.push(0, "f", handles.length));
            reference.push(handles.length - 1);
          } else if (o.kind === "shift" && queue.size > 0) {
            queue.shift();
            served.push(queue.takenPayload as number);
            expected.push(reference.shift() as number);
          } else if (o.kind === "remove" && handles.length > 0) {
            const id = o.at % handles.length;
            const at = reference.indexOf(id);
            expect(queue.remove(handles[id] as number)).toBe(at >= 0);
            if (at >= 0) reference.splice(at, 1);
          }
          expect(queue.size).toBe(reference.length);
        }
        expect(served).toEqual(expected);
      }),
      params,
    );
  });
});
