/** The case-stream decider: `decide`, `evolve`, `initialState` for `sag-<caseId>` streams. */
import type { CaseCommand } from "../commands/caseCommands";
import type { CaseError } from "../errors/caseErrors";
import type { CaseEvent } from "../events/caseEvents";
import type { CaseState } from "./caseState";
import { initialCaseState } from "./caseState";
import type { Decider } from "./decider";
import { decideCase } from "./decideCase";
import { evolveCase } from "./evolveCase";

export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState, CaseError> = {
  decide: decideCase,
  evolve: evolveCase,
  initialState: initialCaseState,
};
