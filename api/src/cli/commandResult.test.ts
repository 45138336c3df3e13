// A command may pick its exit code with output; plain text and chunks stay exit 0.
import { describe, expect, it } from "vitest";
import { InputUnreadable, MappingInvalid, PseudonymKeyMissing } from "../interop";
import { commandOutcome, withExitCode } from "./commandResult";
import { EXIT_ROWS_REJECTED, EXIT_USAGE, exitOutcome } from "./exitCode";

describe("commandOutcome", () => {
  it("keeps text and chunks at exit 0", () => {
    expect(commandOutcome("a\n")).toEqual({ output: "a\n", code: 0 });
    const chunks = ["a", "b"];
    expect(commandOutcome(chunks)).toEqual({ output: chunks, code: 0 });
  });
  it("passes a chosen exit code with its output", () => {
    expect(commandOutcome(withExitCode("3 afvist\n", EXIT_ROWS_REJECTED))).toEqual({
      output: "3 afvist\n",
      code: 4,
    });
  });
});

describe("exitOutcome for import failures", () => {
  it("maps unreadable input, an invalid mapping and a missing CPR key to 2 naming the file", () => {
    expect(exitOutcome(new InputUnreadable({ file: "a.csv", reason: "ENOENT" }))).toEqual({
      code: EXIT_USAGE,
      message: "fejl: a.csv: ENOENT",
    });
    expect(exitOutcome(new MappingInvalid({ file: "m.yaml", reason: "bad" })).message).toBe(
      "fejl: m.yaml: bad",
    );
    const key = exitOutcome(new PseudonymKeyMissing({ file: "a.csv", line: 3, field: "CPR" }));
    expect(key.code).toBe(EXIT_USAGE);
    expect(key.message).toContain("SAGSFLOW_PSEUDO_KEY");
  });
});
