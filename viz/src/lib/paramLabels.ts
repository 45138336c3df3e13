/**
 * Danish names of scenario parameters by dotted path, for "Hvad er ændret", the tornado chart, the board and CSV
 * headers: a parameter path never reaches the screen. Levers use their lever label; other paths are named from their
 * parts (group, role or diagnosis group, field). An unknown part is spelled out in words, never as an identifier.
 */
import { leverSpecs } from "../workshop/leverSpecs";

const groups: Readonly<Record<string, string>> = {
  arrivals: "Tilgang",
  backlog: "Pukkel",
  hazards: "Overgangsrater",
  horizon: "Tidshorisont",
  ledig: "Ledige",
  outcomes: "Afslutninger",
  levers: "Håndtag",
  population: "Borgere",
  recovery: "Raskmelding",
  rekruttering: "Rekrutteringsanmodninger",
  revurdering: "Revurdering",
  staff: "Medarbejdere",
  regime: "Regelsæt",
};

const parts: Readonly<Record<string, string>> = {
  sagsbehandler: "sagsbehandlere",
  jobkonsulent: "jobkonsulenter",
  virksomhedskonsulent: "virksomhedskonsulenter",
  bevaegeapparat: "bevægeapparat",
  "hjerte-kar": "hjerte-kar",
  kraeft: "kræft",
  oevrige: "øvrige",
  psykisk: "psykisk",
  perWeek: "pr. uge",
  seasonality: "sæson",
  openCases: "åbne sager ved start",
  overdueShare: "andel over frist ved start",
  jobExitMultiplier: "faktor på afgang til job",
  recoveryMultiplier: "faktor på raskmelding",
  followUpWeeks: "opfølgningsuger",
  maxCases: "loft over sager",
  start: "start",
  warmupWeeks: "indsvingningsuger",
  weeks: "uger",
  handoffDays: "dage til overdragelse",
  jobRatePerWeekAfterVs: "jobrate pr. uge efter virksomhedsservice",
  jobRatePerWeekBeforeVs: "jobrate pr. uge før virksomhedsservice",
  jobmaalDays: "dage til jobmål",
  maxLedigWeeks: "højst uger som ledig",
  praktikShare: "andel i praktik",
  tilbudShare: "andel med tilbud",
  aldersgruppe: "aldersgrupper",
  beskaeftigelsesstatus: "beskæftigelsesstatus",
  delvisRaskmeldingShare: "andel delvist raskmeldte",
  departmentsKnownShare: "andel kendt i flere afdelinger",
  diagnosegruppe: "diagnosegrupper",
  dismissalShare: "andel afskediget",
  fastTrackShare: "andel fast track",
  kategori3ShareOfLong: "andel kategori 3 af lange forløb",
  sektor: "sektor",
  medianWeeks: "median, uger",
  sigma: "spredning (sigma)",
  deadlineWeeks: "frist i uger",
  positions: "stillinger pr. anmodning",
  leadWeeks: "uger før revurdering",
  fte: "årsværk",
  hourlyCostDkk: "timepris, kr.",
  meetingMinutes: "minutter pr. samtale",
  meetingMinutesPerDay: "samtaleminutter pr. dag",
  sicknessShare: "sygefravær, andel",
  sicknessSpellDays: "sygeperiodens længde, arbejdsdage",
  externalFte: "indlejede årsværk",
  workMinutesPerDay: "arbejdsminutter pr. dag",
  journalMinutesPerMeeting: "journalminutter pr. samtale",
  adminMinutesPerCaseWeek: "administrationsminutter pr. sag pr. uge",
  adminMaxShare: "højeste andel af dagen til administration",
  otherMinutesPerDay: "andet arbejde, minutter pr. dag",
  reviewCases: "sager til ekstern gennemgang",
  reviewPerWeek: "gennemgåede sager pr. uge",
  reviewCloseShare: "andel afsluttet ved gennemgang",
  schedulingPolicy: "prioritering af arbejdet",
  // The case outcomes (caseOutcomes.ts, decision 0250) and the recovery factors (recoveryClock.ts).
  jobafklaring: "jobafklaring",
  foertidspension: "førtidspension",
  ressourceforloeb: "ressourceforløb",
  decisionWeeks: "uger til afgørelse",
  jobLossAtJobafklaringShare: "andel der mister jobbet ved jobafklaring",
  deathPerYear: "dødsfald pr. år",
  relocationPerYear: "fraflytning pr. år",
  hireShare: "andel af tilbudte kandidater der ansættes",
  recoveryFactors: "faktorer på raskmelding",
  delvisRaskmelding: "delvis raskmelding",
  opfoelgningssamtale: "opfølgningssamtale",
  contactWindowWeeks: "uger en samtale virker",
  fastTrack: "fast track",
  virksomhedsrettetTilbud: "virksomhedsrettet tilbud",
};

/** "jobExitMultiplier" → "job exit multiplier": words, not an identifier, for a part no one has named yet. */
const words = (part: string): string => part.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();

/**
 * @example paramLabel("staff.jobkonsulent.fte") // "Medarbejdere, jobkonsulenter: årsværk"
 * @example paramLabel("levers.earlyCvWeek") // "Tidligt CV i sygeuge"
 */
export const paramLabel = (path: string): string => {
  const lever = leverSpecs.find((s) => s.path === path);
  if (lever !== undefined) return lever.label;
  const [group, ...rest] = path.split(".");
  const head = groups[group ?? ""] ?? words(group ?? "");
  if (rest.length === 0) return head;
  const named = rest.map((p) => parts[p] ?? words(p));
  const field = named.pop() as string;
  return `${[head, ...named].join(", ")}: ${field}`;
};
