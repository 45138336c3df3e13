/** The import's validation hooks built from `@sagsflow/domain`: each mapped event is decoded with the
 *  `CaseEvent` schema and replayed through the case decider (docs/decisions/0050), so history obeys
 *  the same rules as simulation. */
import { CaseEvent, caseCommandEvent, caseDecider, caseEventTags } from "@sagsflow/domain";
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

export interface DomainImportHooks {
  readonly validate: CaseValidator;
  readonly decode: EventDecoder;
}

/** Built once: the decoder compiles the schema, the validator indexes the command table. */
export const domainImportHooks: DomainImportHooks = {
  validate: deciderValidator(caseDecider as unknown as CaseDeciderLike<unknown>, caseCommandEvent),
  decode: schemaDecoder(CaseEvent as unknown as Schema.Decoder<CaseEventLike>),
};

/** The mapping that re-imports sagsflow's own exports (activity = event tag, attributes = fields). */
export const ownExportMapping = sagsflowMapping(caseEventTags);
