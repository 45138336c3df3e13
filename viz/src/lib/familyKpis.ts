/**
 * The KPIs each scenario family's question is about (`kpis:` in scenarios/library/index.yaml, the same list
 * docs/scenarios.md tabulates), read from the bundled index text. The file is ours and keeps each family's
 * `kpis` as one flow list, which is all this reads.
 */
import { type KpiId, kpiIds } from "@sagsflow/simulator/model";

export const familyKpis = (indexYaml: string): Readonly<Record<string, ReadonlyArray<KpiId>>> => {
  const out: Record<string, ReadonlyArray<KpiId>> = {};
  for (const block of indexYaml.split(/\n\s*-\s+id:\s*/).slice(1)) {
    const id = /^([\w-]+)/.exec(block)?.[1];
    const list = /\n\s*kpis:\s*\[([^\]]*)\]/.exec(block)?.[1];
    if (id === undefined || list === undefined) continue;
    out[id] = list
      .split(",")
      .map((k) => k.trim())
      .filter((k): k is KpiId => (kpiIds as ReadonlyArray<string>).includes(k));
  }
  return out;
};
