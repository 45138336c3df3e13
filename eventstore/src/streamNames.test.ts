/** Stream names keep simulated runs out of the `sag-` prefix that history projections read. */
import { describe, expect, it } from "vitest";
import {
  caseStreamId,
  parseStreamId,
  rekrutteringStreamId,
  simulatedCaseStreamId,
  simulationRunPrefix,
} from "./streamNames";

describe("stream names", () => {
  it("builds the three kinds of names", () => {
    expect(caseStreamId("42")).toBe("sag-42");
    expect(rekrutteringStreamId("7")).toBe("rekruttering-7");
    expect(simulatedCaseStreamId("run1", "42")).toBe("sim-run1-sag-42");
  });

  it("never starts a simulated stream with the history prefix", () => {
    expect(simulatedCaseStreamId("sag", "1").startsWith("sag-")).toBe(false);
    expect(simulatedCaseStreamId("r", "1").startsWith(simulationRunPrefix("r"))).toBe(true);
  });

  it("parses names back", () => {
    expect(parseStreamId("sag-42")).toEqual({ kind: "sag", caseId: "42" });
    expect(parseStreamId("rekruttering-7")).toEqual({ kind: "rekruttering", id: "7" });
    expect(parseStreamId("sim-run1-sag-42")).toEqual({
      kind: "simulatedSag",
      runId: "run1",
      caseId: "42",
    });
    expect(parseStreamId("scenario-x")).toEqual({ kind: "other", streamId: "scenario-x" });
  });
});
