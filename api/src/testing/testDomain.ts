/** Test helper: the domain's decider, command table and CaseEvent schema, wired into import hooks.
 *  Deep imports because `@sagsflow/domain`'s index does not export them yet (see the report). */
import { caseCommandEvent } from "../../../domain/src/commands/caseCommands";
import { caseDecider } from "../../../domain/src/decider/caseDecider";
import { caseEventTags } from "../../../domain/src/events/caseEventFields";
import { CaseEvent } from "../../../domain/src/events/caseEvents";
import { type CaseDeciderLike, deciderValidator, schemaDecoder } from "../interop/deciderValidator";
import type { CaseEventLike } from "../interop/historyEvent";
import type { Schema } from "effect";

export const domainHooks = {
  validate: deciderValidator(caseDecider as unknown as CaseDeciderLike<unknown>, caseCommandEvent),
  decode: schemaDecoder(CaseEvent as unknown as Schema.Decoder<CaseEventLike>),
};
export const domainTags: ReadonlyArray<string> = caseEventTags;
export const FIXTURES = new URL("../../../test/fixtures/import/", import.meta.url).pathname;
