/**
 * Danish names of the deadline rules, for every screen, report and CSV header: one record typed over
 * `DeadlineRule`, so a new rule without a name is a type error. The legal source of each rule lives in
 * `rules/regimes.ts` (and docs/rules.md); these are only the words a jobcentre uses for them.
 */
import type { DeadlineRule } from "./deadline";

export const deadlineRuleLabels: Readonly<Record<DeadlineRule, string>> = {
  foersteOpfoelgning: "Første opfølgningssamtale",
  kat1Opfoelgning: "Opfølgning, kategori 1",
  fastTrack: "Fast track",
  opfoelgningInterval: "Opfølgningsinterval",
  opfoelgningAntal: "Antal opfølgningssamtaler",
  rehabiliteringsteamKat3: "Rehabiliteringsteam, kategori 3",
  revurdering: "Revurdering",
  jobafklaringFoersteSamtale: "Jobafklaring, første samtale",
  jobafklaringRehabiliteringsteam: "Jobafklaring, rehabiliteringsteam",
  cvEfterRaskmelding: "CV efter raskmelding",
};

/** The Danish name of a rule id; an unknown id (from an old file) is shown as it is rather than hidden. */
export const deadlineRuleLabel = (rule: string): string =>
  (deadlineRuleLabels as Readonly<Record<string, string>>)[rule] ?? rule;
