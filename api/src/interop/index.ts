/** History interop (issue 8): CSV/XES/OCEL 2.0 readers, mapping to domain events with CPR
 *  pseudonymisation, and deterministic XES/interval-CSV/OCEL writers. */
export { coerceField } from "./coerceField";
export { type DecodedText, decodeText, type TextEncoding } from "./decodeText";
export {
  type CaseEventLike,
  casesFromEvents,
  eventFields,
  eventResource,
  eventTime,
  type HistoryCase,
  type HistoryEvent,
  instant,
  sortCases,
} from "./historyEvent";
export {
  detectFormat,
  type HistoryFormat,
  importHistory,
  type ImportOptions,
  type ImportResult,
} from "./importHistory";
export {
  InputUnreadable,
  type InteropError,
  MappingInvalid,
  PseudonymKeyMissing,
} from "./interopErrors";
export {
  type AttributeValue,
  CASE_ATTRIBUTE_PREFIX,
  type LogRecord,
  type Reject,
  type SourceLocation,
} from "./logRecord";
export {
  type CaseOutcome,
  type CaseValidator,
  type CaseViolation,
  type EventDecoder,
  mapCase,
  type MapOptions,
} from "./mapCase";
export {
  ActivityMapping,
  ColumnMapping,
  FieldSource,
  FieldSpec,
  FieldType,
  Mapping,
  normaliseLabel,
  type Scalar,
} from "./mapping";
export { MAX_MAPPING_BYTES, parseMapping } from "./parseMapping";
export { IMPORT_LIMITS, type ImportLimit } from "./importLimits";
export { decodeFile, detectEncoding, readHead, type StreamEncoding } from "./decodeStream";
export { csvRows } from "./csvRows";
export { type ParsedDate, parseDate } from "./parseDate";
export {
  containsCpr,
  makePseudonymiser,
  maskCpr,
  type Pseudonymiser,
  pseudonymiseRecord,
  scrubReject,
  shownValue,
} from "./pseudonymise";
export { CPR_ATTRIBUTE, type CsvReadInfo, detectDelimiter, readCsv } from "./readCsv";
export { OcelDocument, type OcelReadResult, readOcel } from "./readOcel";
export { readXes, type XesTrace } from "./readXes";
export { sagsflowMapping } from "./sagsflowMapping";
export { INTERVAL_COLUMNS, writeIntervalCsv } from "./writeIntervalCsv";
export {
  DEFAULT_OBJECT_FIELDS,
  type OcelDeadline,
  type OcelWriteOptions,
  writeOcel,
} from "./writeOcel";
export { writeXes, xesAttribute } from "./writeXes";
export {
  type CaseDeciderLike,
  type DomainErrorLike,
  deciderValidator,
  schemaDecoder,
} from "./deciderValidator";
