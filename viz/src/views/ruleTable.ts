/**
 * Rettidighed per deadline rule beside the total (issue 17 item 5, issue 23): one row per rule in Danish (all ten,
 * the total first), one column per series (history, scenarios): share met with its 95 % interval and the number of
 * deadlines due. From the same run as the charts (replication 0), so the interval is over deadlines, not replications.
 */
import { deadlineRuleLabels, type RettidighedMonth } from "@sagsflow/domain";
import { formatNumber, formatRange, formatValue } from "../lib/formatDa";
import { type RuleShare, rulePerformance } from "../lib/rulePerformance";
import { el } from "./chartFrame";
import { setChartData } from "./exportTools";

export interface RuleSeries {
  readonly name: string;
  readonly color: string;
  readonly months: ReadonlyArray<RettidighedMonth>;
}

const ruleName = (rule: string): string =>
  rule === "alle"
    ? "Alle frister"
    : ((deadlineRuleLabels as Readonly<Record<string, string>>)[rule] ?? rule);

const shareCell = (row: HTMLElement, r: RuleShare | undefined): void => {
  const td = el(row, "td", undefined, "rule-share");
  if (r?.share == null) {
    el(td, "span", "ingen frister", "muted");
    return;
  }
  const v = el(td, "span", formatValue(r.share, "andel"), "kpi-mean");
  v.dataset.value = String(r.share);
  if (r.ci95 !== null) el(td, "span", ` (${formatRange(r.ci95[0], r.ci95[1], "andel")})`, "kpi-ci");
  el(td, "span", ` n = ${formatNumber(r.met + r.late, 0)}`, "rule-n muted");
};

export const ruleTable = (root: HTMLElement, series: ReadonlyArray<RuleSeries>): void => {
  const box = el(root, "figure", undefined, "chart-box rule-table");
  el(
    box,
    "figcaption",
    "Rettidighed pr. frist i hele måleperioden (95 %-interval over fristerne; n = frister)",
  );
  const shares = series.map((s) => rulePerformance(s.months));
  const table = el(box, "table", undefined, "ws-table");
  const head = el(table, "tr");
  el(head, "th", "Frist");
  for (const s of series) {
    const th = el(head, "th", s.name);
    th.style.borderBottom = `3px solid ${s.color}`;
  }
  const rules = shares[0]?.map((r) => r.rule) ?? [];
  for (const [i, rule] of rules.entries()) {
    const row = el(table, "tr", undefined, rule === "alle" ? "rule-total" : undefined);
    row.dataset.rule = rule;
    el(row, "th", ruleName(rule)).setAttribute("scope", "row");
    for (const s of shares) shareCell(row, s[i]);
  }
  setChartData(box, () =>
    rules.flatMap((rule, i) =>
      series.map((s, j) => {
        const r = shares[j]?.[i];
        return {
          Frist: ruleName(rule),
          Serie: s.name,
          "Andel rettidig": r?.share ?? null,
          "95 %-interval, nedre": r?.ci95?.[0] ?? null,
          "95 %-interval, øvre": r?.ci95?.[1] ?? null,
          Frister: r === undefined ? 0 : r.met + r.late,
        };
      }),
    ),
  );
};
