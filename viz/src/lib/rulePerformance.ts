/**
 * Rettidighed per deadline rule over a whole run (issue 17 item 5, issue 23): the monthly chart data summed per rule,
 * the total first, every one of the domain's ten rules after it (a rule with no deadlines in the run says so rather
 * than disappear). The interval is Wilson's over the run's deadlines (one replication, as the charts are), not over
 * replications.
 */
import { deadlineRules, type MonthShare, type RettidighedMonth } from "@sagsflow/domain";
import { shareInterval } from "./shareInterval";

export interface RuleShare {
  /** "alle" for the total, else a deadline rule id. */
  readonly rule: string;
  readonly met: number;
  readonly late: number;
  /** met / (met + late); null when nothing was due. */
  readonly share: number | null;
  readonly ci95: readonly [number, number] | null;
}

const add = (a: MonthShare, b: MonthShare | undefined): MonthShare =>
  b === undefined ? a : { met: a.met + b.met, late: a.late + b.late };

const shareOf = (rule: string, s: MonthShare): RuleShare => {
  const total = s.met + s.late;
  return {
    rule,
    met: s.met,
    late: s.late,
    share: total === 0 ? null : s.met / total,
    ci95: shareInterval(s.met, total),
  };
};

export const rulePerformance = (
  months: ReadonlyArray<RettidighedMonth>,
): ReadonlyArray<RuleShare> => {
  const zero: MonthShare = { met: 0, late: 0 };
  const total = months.reduce((acc, m) => add(acc, m.all), zero);
  return [
    shareOf("alle", total),
    ...deadlineRules.map((rule) =>
      shareOf(
        rule,
        months.reduce((acc, m) => add(acc, m.byRule[rule]), zero),
      ),
    ),
  ];
};
