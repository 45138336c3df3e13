import { describe, expect, it } from "vitest";
import { type CaseCommand, caseCommandEvent } from "../commands/caseCommands";
import { caseCommandToEvent } from "./caseCommandToEvent";

describe("caseCommandToEvent", () => {
  it.each(
    Object.entries(caseCommandEvent),
  )("records %s as %s with the command's fields in order", (tag, eventTag) => {
    const cmd = { caseId: "c1", _tag: tag, date: "2024-01-02", extra: 1 } as unknown as CaseCommand;
    const event = caseCommandToEvent(cmd);
    expect(event._tag).toBe(eventTag);
    expect(Object.entries(event)).toEqual([
      ["caseId", "c1"],
      ["_tag", eventTag],
      ["date", "2024-01-02"],
      ["extra", 1],
    ]);
  });
});
