/**
 * The shape of a rule regime: every statutory rule as data with its source. Day counts are
 * calendar days (docs/rules.md, "Counting days"); `source` names the law section and domain.md section.
 */
import type { Kategori, RegimeId } from "../events/vocabulary";

export interface Sourced {
  /** Law section and the domain.md section that records it. */
  readonly source: string;
}

/** Follow-up cadence after the first samtale. */
export type CadenceRule =
  /** Next samtale at most `days` after the previous one, per kategori (absent: no cadence). */
  | (Sourced & {
      readonly kind: "interval";
      readonly daysByKategori: Readonly<Partial<Record<Kategori, number>>>;
    })
  /** At least `count` samtaler within the first `months` calendar months of the spell (countDeadline.ts). */
  | (Sourced & { readonly kind: "countWithin"; readonly count: number; readonly months: number });

/** When sygedagpenge stop unless extended; the revurdering is due by then. */
export type RevurderingRule =
  /** End of the month in which more than `paidWeeks` weeks were paid (first days excluded per status). */
  | (Sourced & {
      readonly kind: "monthEnd";
      readonly paidWeeks: number;
      readonly lookbackMonths: number;
    })
  /** Fixed varighedsbegrænsning: stop after `weeks` weeks. */
  | (Sourced & { readonly kind: "durationLimit"; readonly weeks: number });

export interface Regime {
  readonly id: RegimeId;
  readonly label: string;
  /** First absence days from this date (inclusive) select the regime by default. */
  readonly validFrom: string;
  readonly kategorier: Sourced & { readonly allowed: ReadonlyArray<Kategori> };
  /** First opfølgningssamtale (kat 2/3 and unvisited spells) by day `dayIndex`. */
  readonly firstOpfoelgning: Sourced & { readonly dayIndex: number };
  /** Kat 1: follow up on the expected raskmelding date. */
  readonly kat1Opfoelgning: Sourced;
  readonly fastTrack?: Sourced & {
    readonly requestByDayIndex: number;
    readonly firstSamtaleWithinDays: number;
  };
  readonly cadence: CadenceRule;
  /**
   * §13f (from 1 January 2025): an employed citizen with a predictable course, expected back within `weeks` weeks of
   * the first samtale, needs one samtale only. Absent in earlier regimes; the decider refuses the flag there.
   */
  readonly singleSamtale?: Sourced & { readonly weeks: number };
  readonly rehabiliteringsteamKat3?: Sourced & { readonly withinDays: number };
  readonly revurdering: RevurderingRule;
  readonly jobafklaring?: Sourced & {
    readonly firstSamtaleWithinDays: number;
    readonly rehabiliteringsteamWithinDays: number;
    /** 2025+: the team is used only when a tværfaglig indsats is needed. */
    readonly rehabiliteringsteamOnlyIfTvaerfaglig: boolean;
  };
  readonly cvAfterRaskmelding: Sourced & { readonly withinDays: number };
  /** Days before the municipality pays, by employment status (employer period, a-kasse period). */
  readonly unpaidDays: Sourced & {
    readonly ansat: number;
    readonly ledigForsikret: number;
    readonly ledigUforsikret: number;
    readonly selvstaendig: number;
  };
  /** Days not counted toward the revurdering limit, by employment status. */
  readonly revurderingExcludedDays: Sourced & {
    readonly ansat: number;
    readonly ledigForsikret: number;
    readonly ledigUforsikret: number;
    readonly selvstaendig: number;
  };
}
