/** History services (issue 8): import into the store, replay KPIs, case timelines, export, demo history. */
export { caseEventIds } from "./caseEventIds";
export { type CaseTimeline, caseTimeline, type TimelineDeadline } from "./caseTimeline";
export { type DomainImportHooks, domainImportHooks, ownExportMapping } from "./domainImportHooks";
export { type ExportOptions, exportHistory } from "./exportHistory";
export {
  type HistoryKpiReport,
  historyKpis,
  type HistoryMonth,
  type HistoryRange,
  type JsonRatio,
} from "./historyKpis";
export {
  importExitCode,
  type ImportIntoStoreError,
  type ImportIntoStoreOptions,
  importIntoStore,
  type StoreImportResult,
} from "./importIntoStore";
export { ocelDeadlines } from "./ocelDeadlines";
export { REJECTS_IN_MEMORY, RejectLog } from "./rejectLog";
export {
  ENVELOPE_FIELDS,
  eventFieldReference,
  type FieldInfo,
  fieldsOf,
} from "./eventFieldReference";
export { EVENT_LABELS, eventLabel } from "./eventLabels";
export { draftMapping } from "./mappingDraft/draftMapping";
export { type CsvProfile, profileCsv } from "./mappingDraft/profileCsv";
export { readCaseStreams, type StoredCase } from "./readCaseStreams";
export { DEMO_ACTIVITIES, type DemoActivity } from "./demoActivities";
export {
  DEMO_MUNICIPALITY,
  type DemoHistory,
  demoHistory,
  type DemoHistoryOptions,
} from "./demoHistory";
export { demoMappingYaml } from "./demoMapping";
export {
  DEMO_CSV,
  DEMO_MAPPING,
  type DemoFiles,
  type EnsureDemoResult,
  ensureDemoHistory,
  writeDemoHistory,
} from "./ensureDemoHistory";
