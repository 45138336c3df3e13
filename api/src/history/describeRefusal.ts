/** Danish reject reasons for the case decider's refusals: the rule (with its source in docs/rules.md) and the dates
 *  involved, e.g. "opfølgningssamtale 2011-01-20 efter raskmelding 2011-01-15". */
import { type CaseState, fromEpochDay } from "@sagsflow/domain";
import type { CaseEventLike, DomainErrorLike } from "../interop";
import { eventLabel } from "./eventLabels";

type Reason = { readonly code: string; readonly reason: string };

const day = (d: number | undefined): string =>
  d === undefined || !Number.isFinite(d) ? "?" : fromEpochDay(d);

/** What the case was when the row came, in words: "efter raskmelding 2011-01-15". */
function statusPhrase(s: CaseState): string {
  if (s.status === "raskmeldt") return `efter raskmelding ${day(s.raskmeldingDay)}`;
  if (s.status === "jobafklaring")
    return `efter start af jobafklaringsforløb ${day(s.jobafklaringDay)}`;
  if (s.status === "closed") return `efter at sagen blev afsluttet ${day(s.closedDay)}`;
  return `mens sagen var ${s.status}`;
}

/** @example describeRefusal({ _tag: "RaskmeldingAlreadyRegistered", … }, samtale, state) */
export function describeRefusal(e: DomainErrorLike, event: CaseEventLike, s: CaseState): Reason {
  const what = `${eventLabel(event._tag)} ${event.date}`;
  const rule = (code: string, text: string): Reason => ({
    code,
    reason: `${what}: ${text} (regel: ${e.rule ?? e._tag})`,
  });
  switch (e._tag) {
    case "SygemeldingMissing":
      return rule(
        "før-sygemelding",
        "sagen har ingen sygemelding før denne række; en sag starter med en sygemelding",
      );
    case "SygemeldingAlreadyReceived":
      return rule(
        "sygemelding-igen",
        `sagen har allerede en sygemelding; én sygemelding pr. sag (nyt forløb = nyt sagsnummer)`,
      );
    case "CaseAlreadyClosed":
      return rule("efter-lukning", `${statusPhrase(s)}; intet efter afslutning`);
    case "DateOutOfOrder":
      return s.status === "new"
        ? rule(
            "dato-rækkefølge",
            `sygemeldingen er dateret før første fraværsdag ${String(event.firstAbsenceDay ?? "?")}`,
          )
        : rule(
            "dato-rækkefølge",
            `dateret før sagens seneste hændelse ${day(s.lastDay)} eller første fraværsdag ${day(s.firstAbsenceDay)}`,
          );
    case "RaskmeldingAlreadyRegistered":
    case "JobafklaringAlreadyStarted":
      return rule("status", `${statusPhrase(s)}; kun mens borgeren er sygemeldt`);
    case "CitizenNotLedig":
      return rule(
        "ikke-ledig",
        `borgeren er ${s.employment ?? "ukendt"} og ikke ledig; virksomhedsservice, CV, jobmål og job gælder ledige`,
      );
    case "CitizenNotAnsat":
      return rule(
        "ikke-ansat",
        `borgeren er ${e.value ?? "ikke ansat"}; kun en ansat kan miste ansættelsen`,
      );
    case "KategoriNotInRegime":
      return rule(
        "kategori",
        `kategori ${e.value ?? "?"} findes ikke i regimet ${s.regime?.id ?? "?"}`,
      );
    case "JobafklaringNotAllowed":
      return rule(
        "jobafklaring",
        `jobafklaring kræver en revurdering med udfaldet jobafklaring (fandtes: ${e.value ?? "ingen"})`,
      );
    case "RevurderingGroundMissing":
      return rule(
        "paragraf27",
        "en forlængelse skal angive grunden efter SDL §27 stk. 1 (feltet ground, 1-7)",
      );
    case "VirksomhedsserviceHandoffMissing":
      return rule(
        "henvisning",
        "kontakt med virksomhedsservice kræver en henvisning til virksomhedsservice før",
      );
    case "JobAlreadyStarted":
      return rule("job-igen", `borgeren startede allerede i job ${day(s.jobDay)}`);
    case "FastTrackRequestTooLate":
      return rule("fasttrack", `fast track anmodet for sent (${e.value ?? "?"})`);
    case "FastTrackAlreadyRequested":
      return rule("fasttrack", `fast track er allerede anmodet ${day(s.fastTrackDay)}`);
    case "PraktikNotStarted":
      return rule("praktik", "praktikken afsluttes uden at være startet");
    case "PraktikAlreadyStarted":
      return rule("praktik", "en praktik er allerede i gang");
    case "RuleNotInRegime":
      return rule("regime", `findes ikke i regimet ${s.regime?.id ?? "?"}`);
    default:
      return rule(e._tag, `reglen er brudt (værdi "${e.value ?? ""}")`);
  }
}
