/** What `sagsflow mapping init` recognises in Danish case-system exports: column names, activity labels and values
 *  (all compared normalised: lower case, single spaces). Labels are the common ones of KSD/Momentum-style exports and
 *  of the fixtures in test/fixtures/import; an unknown label is listed in the draft for the analyst to place. */

/** Mapping roles → header names that play them, most specific first. */
export const COLUMN_NAMES = {
  caseId: [
    "sagsnr.",
    "sagsnr",
    "sagsnummer",
    "sags-id",
    "sagsid",
    "sag",
    "forløbsnr.",
    "forløb",
    "case_id",
    "case id",
  ],
  cpr: ["cpr-nr.", "cpr-nr", "cprnr", "cpr", "cpr-nummer", "personnummer"],
  activity: [
    "hændelse",
    "aktivitet",
    "handling",
    "begivenhed",
    "opgave",
    "hændelsestype",
    "activity",
  ],
  timestamp: ["dato", "hændelsesdato", "tidspunkt", "dato/tid", "registreringsdato", "timestamp"],
  resource: ["medarbejder", "sagsbehandler", "jobkonsulent", "ansvarlig", "rådgiver", "resource"],
  name: ["navn", "borgers navn", "borgernavn", "fulde navn", "fornavn", "efternavn"],
  employment: [
    "ansættelsesforhold",
    "beskæftigelse",
    "beskæftigelsesstatus",
    "ansættelse",
    "status ved sygemelding",
  ],
  kategori: ["visitationskategori", "kategori", "visitation kategori", "matchgruppe"],
  firstAbsenceDay: ["første fraværsdag", "1. fraværsdag", "fraværsdato", "første sygedag"],
  diagnosisGroup: ["diagnosegruppe", "diagnose", "lidelse"],
  ageBand: ["aldersgruppe", "alder"],
  sector: ["branche", "sektor", "fagområde", "jobområde"],
  reason: ["afslutningsårsag", "ophørsårsag", "årsag", "lukkeårsag", "afslutningskode"],
  jobmaal: ["jobmål"],
  hours: ["timer", "timer pr. uge", "arbejdstimer"],
} as const;
export type ColumnRole = keyof typeof COLUMN_NAMES;

/** An activity the draft maps: the event and the fields its label fixes. */
export interface ActivityGuess {
  readonly event: string;
  readonly fields?: Readonly<Record<string, string>>;
}

/** Label (normalised) → event; matched whole first, then as the start of the label ("opfølgningssamtale telefon"). */
export const ACTIVITY_LABELS: ReadonlyArray<readonly [string, ActivityGuess]> = [
  ["delvis raskmelding", { event: "DelvisRaskmeldingRegistered" }],
  ["delvis raskmeldt", { event: "DelvisRaskmeldingRegistered" }],
  ["sygemelding modtaget", { event: "SygemeldingReceived" }],
  ["sygemelding", { event: "SygemeldingReceived" }],
  ["sygeanmeldelse", { event: "SygemeldingReceived" }],
  ["anmeldelse modtaget", { event: "SygemeldingReceived" }],
  ["visitation", { event: "VisitationCompleted" }],
  ["visiteret", { event: "VisitationCompleted" }],
  ["opfølgningssamtale", { event: "OpfoelgningssamtaleHeld" }],
  ["opfølgning", { event: "OpfoelgningssamtaleHeld" }],
  [
    "revurdering - forlængelse",
    { event: "RevurderingCompleted", fields: { outcome: "forlaengelse" } },
  ],
  [
    "revurdering - jobafklaring",
    { event: "RevurderingCompleted", fields: { outcome: "jobafklaring" } },
  ],
  ["jobafklaringsforløb", { event: "JobafklaringStarted" }],
  ["jobafklaring", { event: "JobafklaringStarted" }],
  ["rehabiliteringsteam", { event: "RehabiliteringsteamMoedeHeld" }],
  ["rehabiliteringsmøde", { event: "RehabiliteringsteamMoedeHeld" }],
  ["raskmelding", { event: "RaskmeldingRegistered" }],
  ["raskmeldt", { event: "RaskmeldingRegistered" }],
  ["cv opdateret", { event: "CvUpdated" }],
  ["cv registreret", { event: "CvUpdated" }],
  ["jobmål aftalt", { event: "JobmaalAgreed" }],
  ["henvist til virksomhedsservice", { event: "VirksomhedsserviceHandoffRequested" }],
  ["overdraget til virksomhedsservice", { event: "VirksomhedsserviceHandoffRequested" }],
  ["virksomhedskontakt", { event: "VirksomhedsserviceContactMade" }],
  ["kontakt med virksomhedsservice", { event: "VirksomhedsserviceContactMade" }],
  [
    "virksomhedspraktik",
    { event: "VirksomhedsrettetTilbudStarted", fields: { kind: "virksomhedspraktik" } },
  ],
  ["løntilskud", { event: "VirksomhedsrettetTilbudStarted", fields: { kind: "loentilskud" } }],
  ["arbejdsprøvning", { event: "PraktikStarted", fields: { kind: "arbejdsproevning" } }],
  ["job startet", { event: "JobStarted" }],
  ["ordinært job", { event: "JobStarted" }],
  ["fast track", { event: "FastTrackRequested" }],
  ["samarbejdsmøde", { event: "SamarbejdsmoedeHeld" }],
  ["ansættelse ophørt", { event: "AnsaettelseEnded" }],
  ["sag afsluttet", { event: "CaseClosed" }],
  ["sag lukket", { event: "CaseClosed" }],
  ["afsluttet", { event: "CaseClosed" }],
];

/** Source value (normalised, whole or as start) → domain value, per field. */
export const VALUE_WORDS: Readonly<
  Record<string, ReadonlyArray<readonly [string, string | number]>>
> = {
  employment: [
    ["ledig - uforsikret", "ledig-uforsikret"],
    ["ledig uforsikret", "ledig-uforsikret"],
    ["uforsikret", "ledig-uforsikret"],
    ["kontanthjælp", "ledig-uforsikret"],
    ["ledig - forsikret", "ledig-forsikret"],
    ["ledig forsikret", "ledig-forsikret"],
    ["forsikret ledig", "ledig-forsikret"],
    ["dagpenge", "ledig-forsikret"],
    // A plain "ledig" is read as insured (most ledige on sygedagpenge are a-kasse members); the draft says so.
    ["ledig", "ledig-forsikret"],
    ["ansat", "ansat"],
    ["i arbejde", "ansat"],
    ["lønmodtager", "ansat"],
    ["beskæftiget", "ansat"],
    ["selvstændig", "selvstaendig"],
  ],
  reason: [
    ["raskmeld", "raskmeldt"],
    ["rask", "raskmeldt"],
    ["ordinær beskæftigelse", "job"],
    ["job", "job"],
    ["uddannelse", "uddannelse"],
    ["fleksjob", "fleksjob"],
    ["førtidspension", "foertidspension"],
    ["ressourceforløb", "ressourceforloeb"],
    ["anden ydelse", "anden-ydelse"],
    ["overgået til anden ydelse", "anden-ydelse"],
    ["kontanthjælp", "anden-ydelse"],
    ["fraflyt", "fraflyttet"],
    ["flyttet", "fraflyttet"],
    ["død", "doedsfald"],
    ["andet", "oevrigt"],
    ["øvrig", "oevrigt"],
  ],
  diagnosisGroup: [
    ["psyk", "psykisk"],
    ["stress", "psykisk"],
    ["depression", "psykisk"],
    ["bevægeapparat", "bevaegeapparat"],
    ["ryg", "bevaegeapparat"],
    ["muskel", "bevaegeapparat"],
    ["kræft", "kraeft"],
    ["cancer", "kraeft"],
    ["hjerte", "hjerte-kar"],
    ["øvrig", "oevrige"],
    ["andet", "oevrige"],
  ],
};

/** Case-id cells of a totals or summary row. */
export const TOTALS_WORDS = ["i alt", "total", "totalt", "sum", "antal", "antal i alt"];
