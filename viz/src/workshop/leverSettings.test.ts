import { describe, expect, it } from "vitest";
import { overlayTree, setOverride, slugOf, variantYaml } from "./leverSettings";
import { leverRange, leverSpecs, readPath } from "./leverSpecs";

const params = { levers: { vsWeeksBeforeRaskmelding: 0, earlyCvWeek: null } };
const VS = "levers.vsWeeksBeforeRaskmelding";

describe("lever overrides", () => {
  it("keeps a changed value and drops it when moved back to the scenario's own", () => {
    const at8 = setOverride({}, params, VS, 8);
    expect(at8).toEqual({ [VS]: 8 });
    expect(setOverride(at8, params, VS, 0)).toEqual({});
  });

  it("nests dotted paths into an overlay tree", () => {
    expect(
      overlayTree({ [VS]: 8, "staff.sagsbehandler.fte": 12, "levers.earlyCvWeek": null }),
    ).toEqual({
      levers: { vsWeeksBeforeRaskmelding: 8, earlyCvWeek: null },
      staff: { sagsbehandler: { fte: 12 } },
    });
  });

  it("writes a saved variant that extends its base by path", () => {
    const yaml = variantYaml({
      id: "vs-8",
      name: "VS 8",
      base: "lyngby-taarbaek/baseline",
      overrides: { [VS]: 8 },
    });
    expect(yaml).toBe(
      'schemaVersion: 1\nid: vs-8\nname: "VS 8"\nextends: lyngby-taarbaek/baseline.yaml\nlevers:\n  vsWeeksBeforeRaskmelding: 8\n',
    );
  });

  it("folds Danish letters into API ids", () => {
    expect(slugOf("VS otte uger før Æblegård")).toBe("vs-otte-uger-foer-aeblegaard");
  });
});

describe("lever ranges", () => {
  const vs = leverSpecs.find((s) => s.path === VS);
  it("widens the default range to the scenario's estimate and current value", () => {
    expect(vs && leverRange(vs, 8, { low: 4, high: 20 })).toEqual({ min: 0, max: 20 });
    expect(vs && leverRange(vs, null, undefined)).toEqual({ min: 0, max: 16 });
  });
  it("reads values by dotted path", () => {
    expect(readPath(params, VS)).toBe(0);
    expect(readPath(params, "levers.missing.deeper")).toBeUndefined();
  });
});
