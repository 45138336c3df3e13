/** The import's validation hooks built from `@sagsflow/domain`: each mapped event is decoded with the `CaseEvent`
 *  schema (Danish field reasons from the field reference) and replayed through the case decider (docs/decisions/0050),
 *  so history obeys the same rules as simulation; refusals are described in Danish with rule and dates. */
import {
  CaseEvent,
  type CaseState,
  caseCommandEvent,
  caseDecider,
  caseEventTags,
} from "@sagsflow/domain";
import type { Schema } from "effect";
import {
  type CaseDeciderLike,
  type CaseEventLike,
  type CaseValidator,
  deciderValidator,
  type EventDecoder,
  sagsflowMapping,
  schemaDecoder,
} from "../interop";
import { describeRefusal } from "./describeRefusal";
import { explainFields } from "./explainFields";

export interface DomainImportHooks {
  readonly validate: CaseValidator;
  readonly decode: EventDecoder;
}

/** Built once: the decoder compiles the schema, the validator indexes the command table. */
export const domainImportHooks: DomainImportHooks = {
  validate: deciderValidator(
    caseDecider as unknown as CaseDeciderLike<CaseState>,
    caseCommandEvent,
    describeRefusal,
  ),
  decode: schemaDecoder(CaseEvent as unknown as Schema.Decoder<CaseEventLike>, explainFields),
};

/** The mapping that re-imports sagsflow's own exports (activity = event tag, attributes = fields). */
export const ownExportMapping = sagsflowMapping(caseEventTags);
