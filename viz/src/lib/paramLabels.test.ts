import { describe, expect, it } from "vitest";
import { paramLabel } from "./paramLabels";

describe("paramLabel", () => {
  it("names levers, staff and recovery parameters in Danish", () => {
    expect(paramLabel("levers.earlyCvWeek")).toBe("Tidligt CV i sygeuge");
    expect(paramLabel("staff.jobkonsulent.fte")).toMatch(/^Jobkonsulenter, årsværk$|årsværk/);
    expect(paramLabel("recovery.bevaegeapparat.sigma")).toBe(
      "Raskmelding, bevægeapparat: spredning (sigma)",
    );
  });
  it("never returns a camelCase identifier, even for a part it does not know", () => {
    expect(paramLabel("hazards.someNewFactor")).toBe("Overgangsrater: some new factor");
    expect(paramLabel("levers.organisation")).not.toMatch(/[a-z][A-Z]/);
  });
});
