/** Value vocabularies shared by events and commands (persisted strings: never rename, see docs/glossary.md). */
import { Schema } from "effect";

/** Employment status at sygemelding (SDL §§30-32 decide who pays the first days; domain.md §1.1). */
export const Beskaeftigelsesstatus = Schema.Literals([
  "ansat",
  "ledig-forsikret",
  "ledig-uforsikret",
  "selvstaendig",
]);
export type Beskaeftigelsesstatus = typeof Beskaeftigelsesstatus.Type;

/** Visitation category (SDL §12; kat 3 abolished for first absence days from 2025-01-01). */
export const Kategori = Schema.Literals([1, 2, 3]);
export type Kategori = typeof Kategori.Type;

/** Coarse age band of the citizen at sygemelding; `ukendt` when a historical export does not tell (issue 19). */
export const Aldersgruppe = Schema.Literals([
  "under-30",
  "30-39",
  "40-49",
  "50-59",
  "60-plus",
  "ukendt",
]);
export type Aldersgruppe = typeof Aldersgruppe.Type;

/** Coarse diagnosis group (domain.md §5: diagnosis shapes return-to-work speed); `ukendt` when a historical export
 *  does not tell (issue 19): calibration then fits one recovery for the unknown group and says how many there were. */
export const Diagnosegruppe = Schema.Literals([
  "psykisk",
  "bevaegeapparat",
  "kraeft",
  "hjerte-kar",
  "oevrige",
  "ukendt",
]);
export type Diagnosegruppe = typeof Diagnosegruppe.Type;

/** Outcome of a revurdering (SDL §24 stk. 2, §27). */
export const RevurderingUdfald = Schema.Literals(["forlaengelse", "jobafklaring"]);
export type RevurderingUdfald = typeof RevurderingUdfald.Type;

/** Extension ground, SDL §27 stk. 1 nr. 1-7 (domain.md §1.6). */
export const Paragraf27Grund = Schema.Literals([1, 2, 3, 4, 5, 6, 7]);
export type Paragraf27Grund = typeof Paragraf27Grund.Type;

/** Kind of workplace trial during sickness: virksomhedspraktik or arbejdsprøvning. */
export const PraktikType = Schema.Literals(["virksomhedspraktik", "arbejdsproevning"]);
export type PraktikType = typeof PraktikType.Type;

/** Kind of virksomhedsrettet tilbud (LAB §61 praktik, løntilskud). */
export const TilbudType = Schema.Literals(["virksomhedspraktik", "loentilskud"]);
export type TilbudType = typeof TilbudType.Type;

/** Form of a samtale (in person, phone, video, digital; domain.md §1.4 and §1.8). */
export const SamtaleForm = Schema.Literals(["fremmoede", "telefon", "video", "digital"]);
export type SamtaleForm = typeof SamtaleForm.Type;

/** Who asked for fast-track (SDL §7c: employer or employee). */
export const FastTrackAnmoder = Schema.Literals(["arbejdsgiver", "borger"]);
export type FastTrackAnmoder = typeof FastTrackAnmoder.Type;

/** Why a case was closed. `job` and `raskmeldt` are the two work outcomes. */
export const Lukkeaarsag = Schema.Literals([
  "raskmeldt",
  "job",
  "uddannelse",
  "fleksjob",
  "foertidspension",
  "ressourceforloeb",
  "anden-ydelse",
  "fraflyttet",
  "doedsfald",
  "oevrigt",
]);
export type Lukkeaarsag = typeof Lukkeaarsag.Type;

/** Rule regime identifiers (domain.md §0). */
export const RegimeId = Schema.Literals(["pre2014", "2015-2019", "2020-2024", "2025+"]);
export type RegimeId = typeof RegimeId.Type;
