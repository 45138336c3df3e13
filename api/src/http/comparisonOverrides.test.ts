import { describe, expect, it } from "vitest";
import { makeTestApp, postJson } from "../testing/testApp";

// biome-ignore lint/suspicious/noExplicitAny: the tests read nested response JSON by path
type Json = any;

const small = { replications: 2, cases: 150, seed: 3 };

const resultOf = async (t: Awaited<ReturnType<typeof makeTestApp>>, res: Response) => {
  expect(res.status).toBe(202);
  await t.deps.queue.idle();
  const view = (await (await t.app.request(res.headers.get("location") as string)).json()) as Json;
  expect(view.status).toBe("completed");
  return view.result;
};

describe("POST /api/comparisons with overrides", () => {
  it("runs a variant given as a scenario plus lever overrides exactly like the saved variant", async () => {
    const t = await makeTestApp();
    const viaOverrides = await resultOf(
      t,
      await postJson(t.app, "/api/comparisons", {
        baseline: "baseline",
        variants: [
          { scenario: "baseline", label: "CV i uge 8", overrides: { "levers.earlyCvWeek": 8 } },
        ],
        ...small,
      }),
    );
    const viaFile = await resultOf(
      t,
      await postJson(t.app, "/api/comparisons", {
        baseline: "baseline",
        variants: ["early-cv"],
        ...small,
      }),
    );
    expect(viaOverrides.variants[0].label).toBe("CV i uge 8");
    expect(viaOverrides.variants[0].kpis).toEqual(viaFile.variants[0].kpis);
    expect(viaOverrides.variants[0].difference).toEqual(viaFile.variants[0].difference);
    // The lever moves something, or the equality above would prove nothing.
    expect(viaOverrides.variants[0].kpis).not.toEqual(viaOverrides.baseline.kpis);
  }, 60_000);

  it("refuses unusable overrides and duplicate labels naming the field, storing nothing", async () => {
    const t = await makeTestApp();
    const before = t.deps.comparisonRepository.list().length;
    const post = (variant: unknown) =>
      postJson(t.app, "/api/comparisons", { baseline: "baseline", variants: [variant], ...small });

    const proto = await post({ scenario: "baseline", overrides: { "__proto__.polluted": 1 } });
    expect(proto.status).toBe(422);
    const problem = (await proto.json()) as Json;
    expect(problem.field).toBe("variants.0.overrides.__proto__.polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const badValue = await post({
      scenario: "baseline",
      label: "otte",
      overrides: { "levers.earlyCvWeek": "otte" },
    });
    expect(badValue.status).toBe(422);
    expect(await badValue.json()).toMatchObject({ field: "levers.earlyCvWeek" });

    const twice = await postJson(t.app, "/api/comparisons", {
      baseline: "baseline",
      variants: ["early-cv", { scenario: "early-cv" }],
      ...small,
    });
    expect(twice.status).toBe(422);
    expect(await twice.json()).toMatchObject({ field: "variants[1].label", value: "early-cv" });
    expect(t.deps.comparisonRepository.list()).toHaveLength(before);
  });
});
