// Every failure maps to one exit code and one line; defects never show a stack trace.
import { describe, expect, it } from "vitest";
import { OptionInvalid, SimulationFailed, StoreUnavailable } from "../application";
import { EXIT_INTERNAL, EXIT_STORE, EXIT_USAGE, exitOutcome } from "./exitCode";
import { toJsonText } from "./jsonOutput";

describe("exitOutcome", () => {
  it("maps input errors to 2 naming option and value", () => {
    const o = exitOutcome(
      new OptionInvalid({ option: "cases", value: "0", reason: "skal være over 0" }),
    );
    expect(o).toEqual({ code: EXIT_USAGE, message: "fejl: cases = 0: skal være over 0" });
  });
  it("maps an unavailable store to 3", () => {
    expect(exitOutcome(new StoreUnavailable({ store: "sqlite x.db", reason: "locked" })).code).toBe(
      EXIT_STORE,
    );
  });
  it("maps a failed replication to 1", () => {
    expect(exitOutcome(new SimulationFailed({ replication: 2, reason: "boom" })).code).toBe(
      EXIT_INTERNAL,
    );
  });
  it("prints a thrown defect as one line without its stack", () => {
    const o = exitOutcome(new Error("line one\n  line two"));
    expect(o).toEqual({ code: EXIT_INTERNAL, message: "intern fejl: line one line two" });
  });
});

describe("toJsonText", () => {
  it("writes NaN and Infinity as null", () => {
    expect(toJsonText({ a: Number.NaN, b: [1, Number.POSITIVE_INFINITY] })).toBe(
      '{\n  "a": null,\n  "b": [\n    1,\n    null\n  ]\n}\n',
    );
  });
});
