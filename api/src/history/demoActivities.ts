/** The demo export's vocabulary: Danish activity names and columns for each case event, the way a
 *  jobcentre's case system would label them. One table drives both the CSV writer and the mapping. */
import type { CaseEventTag } from "@sagsflow/domain";
import type { FieldType } from "../interop";

export interface DemoField {
  readonly column: string;
  readonly type: FieldType;
}

export interface DemoActivity {
  readonly activity: string;
  readonly event: CaseEventTag;
  /** Domain field → CSV column; an event uses the first entry of its tag whose fields it all has. */
  readonly fields: Readonly<Record<string, DemoField>>;
}

const text = (column: string): DemoField => ({ column, type: "string" });
const of = (column: string, type: FieldType): DemoField => ({ column, type });

/** Entries with more fields come first: optional event fields (ground, rekrutteringId) get their own activity. */
export const DEMO_ACTIVITIES: ReadonlyArray<DemoActivity> = [
  {
    activity: "Sygemelding modtaget",
    event: "SygemeldingReceived",
    fields: {
      firstAbsenceDay: of("Første fraværsdag", "date"),
      employment: text("Beskæftigelse"),
      ageBand: text("Aldersgruppe"),
      diagnosisGroup: text("Diagnosegruppe"),
      sector: text("Branche"),
    },
  },
  {
    activity: "Ansættelse ophørt",
    event: "AnsaettelseEnded",
    fields: { akasseMedlem: of("A-kassemedlem", "boolean") },
  },
  {
    activity: "Visitation",
    event: "VisitationCompleted",
    fields: {
      kategori: of("Kategori", "int"),
      expectedRaskmelding: of("Forventet raskmelding", "date"),
    },
  },
  {
    activity: "Visitation uden prognose",
    event: "VisitationCompleted",
    fields: { kategori: of("Kategori", "int") },
  },
  { activity: "Opfølgningssamtale", event: "OpfoelgningssamtaleHeld", fields: {} },
  {
    activity: "Fast track anmodet",
    event: "FastTrackRequested",
    fields: { requestedBy: text("Anmoder") },
  },
  {
    activity: "Delvis raskmelding",
    event: "DelvisRaskmeldingRegistered",
    fields: { workHoursPerWeek: of("Timer pr. uge", "number") },
  },
  {
    activity: "Revurdering, forlænget efter §27",
    event: "RevurderingCompleted",
    fields: { outcome: text("Udfald"), ground: of("§27 nr.", "int") },
  },
  { activity: "Revurdering", event: "RevurderingCompleted", fields: { outcome: text("Udfald") } },
  {
    activity: "Jobafklaringsforløb startet",
    event: "JobafklaringStarted",
    fields: { tvaerfagligIndsats: of("Tværfaglig indsats", "boolean") },
  },
  {
    activity: "Jobafklaringsforløb startet (uden vurdering)",
    event: "JobafklaringStarted",
    fields: {},
  },
  { activity: "Rehabiliteringsteammøde", event: "RehabiliteringsteamMoedeHeld", fields: {} },
  { activity: "CV opdateret", event: "CvUpdated", fields: {} },
  { activity: "Jobmål aftalt", event: "JobmaalAgreed", fields: { jobmaal: text("Jobmål") } },
  { activity: "Praktik startet", event: "PraktikStarted", fields: { kind: text("Tilbudstype") } },
  { activity: "Praktik afsluttet", event: "PraktikEnded", fields: {} },
  { activity: "Raskmelding", event: "RaskmeldingRegistered", fields: {} },
  {
    activity: "Overdraget til virksomhedsservice",
    event: "VirksomhedsserviceHandoffRequested",
    fields: {},
  },
  {
    activity: "Kontakt fra virksomhedsservice",
    event: "VirksomhedsserviceContactMade",
    fields: {},
  },
  {
    activity: "Virksomhedsrettet tilbud startet",
    event: "VirksomhedsrettetTilbudStarted",
    fields: { kind: text("Tilbudstype") },
  },
  {
    activity: "Job startet via rekrutteringsanmodning",
    event: "JobStarted",
    fields: { rekrutteringId: text("Rekrutteringsnr.") },
  },
  { activity: "Job startet", event: "JobStarted", fields: {} },
  { activity: "Sag afsluttet", event: "CaseClosed", fields: { reason: text("Lukkeårsag") } },
  { activity: "Samarbejdsmøde", event: "SamarbejdsmoedeHeld", fields: {} },
  { activity: "Sagsgennemgang", event: "SagsgennemgangCompleted", fields: {} },
];

/** Every field column once, in table order. */
export const DEMO_FIELD_COLUMNS: ReadonlyArray<string> = [
  ...new Set(DEMO_ACTIVITIES.flatMap((a) => Object.values(a.fields).map((f) => f.column))),
];

/** The entry for an event: the first of its tag whose fields the event all carries. */
export function demoActivityOf(event: {
  readonly _tag: string;
  readonly [k: string]: unknown;
}): DemoActivity | undefined {
  return DEMO_ACTIVITIES.find(
    (a) => a.event === event._tag && Object.keys(a.fields).every((f) => event[f] !== undefined),
  );
}
