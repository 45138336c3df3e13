// Queue settings and how a run becomes jobs: refusals name the variable and value; blocks never span scenarios.
import type { ModelParams } from "@sagsflow/simulator/model";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { queueConfig, redisLabel } from "./queueConfig";
import { replicationBlocks } from "./replicationBlocks";

describe("queueConfig", () => {
  it("is local with nothing set, so nothing needs Redis", () => {
    expect(queueConfig({})).toEqual(
      Result.succeed({ kind: "local", redisUrl: "redis://127.0.0.1:6379", blockSize: 5 }),
    );
  });

  it("takes the flag over SAGSFLOW_QUEUE, and REDIS_URL and SAGSFLOW_QUEUE_BLOCK as given", () => {
    const env = {
      SAGSFLOW_QUEUE: "local",
      REDIS_URL: "rediss://k:hemmelig@q:6380/2",
      SAGSFLOW_QUEUE_BLOCK: "2",
    };
    expect(queueConfig(env, "redis")).toEqual(
      Result.succeed({ kind: "redis", redisUrl: "rediss://k:hemmelig@q:6380/2", blockSize: 2 }),
    );
    expect(redisLabel("rediss://k:hemmelig@q:6380/2")).toBe("rediss://q:6380/2");
  });

  it.each([
    [{ SAGSFLOW_QUEUE: "rabbit" }, "SAGSFLOW_QUEUE", "rabbit"],
    [{ SAGSFLOW_QUEUE_BLOCK: "0" }, "SAGSFLOW_QUEUE_BLOCK", "0"],
    [{ SAGSFLOW_QUEUE_BLOCK: "2.5" }, "SAGSFLOW_QUEUE_BLOCK", "2.5"],
    [{ REDIS_URL: "http://q:6379" }, "REDIS_URL", "http://q:6379"],
  ])("refuses %o naming %s = %s", (env, field, value) => {
    const r = queueConfig(env);
    expect(Result.isFailure(r) && r.failure).toMatchObject({ field, value });
  });
});

describe("replicationBlocks", () => {
  const a = { id: "a" } as unknown as ModelParams;
  const b = { id: "b" } as unknown as ModelParams;
  const inputs = [
    ...[10, 11, 12].map((seed) => ({ params: a, seed })),
    ...[10, 11, 12].map((seed) => ({ params: b, seed })),
  ];

  it("cuts blocks of at most `size` within one scenario, keeping the seeds and first indices", () => {
    const blocks = replicationBlocks("run:1", inputs, 2);
    expect(blocks.map((x) => [x.id, x.first, x.params, x.seeds])).toEqual([
      ["run_1.0", 0, a, [10, 11]],
      ["run_1.2", 2, a, [12]],
      ["run_1.3", 3, b, [10, 11]],
      ["run_1.5", 5, b, [12]],
    ]);
  });

  it("gives the same job ids for the same run, so enqueueing again attaches", () => {
    expect(replicationBlocks("r", inputs, 5)).toEqual(replicationBlocks("r", inputs, 5));
  });
});
