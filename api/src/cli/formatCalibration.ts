/** The human `calibrate` summary in Danish: the period, what was fitted (with its estimate and observations), and
 *  what history showed that is reported but never fitted (rettidighed, outcomes). */
import type { CalibrateReport } from "../calibration";
import { formatQuantity } from "./formatDanish";
import { renderTable } from "./renderTable";

const number = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 4 });

/** A fitted value: numbers in Danish, ranges "a–b", mixes as "k: v" pairs. */
export const showFitted = (value: unknown): string => {
  if (typeof value === "number") return number.format(value);
  if (Array.isArray(value)) {
    const [lo, hi] = value;
    return value.length === 2 && typeof lo === "number" && typeof hi === "number"
      ? `${number.format(lo)}–${number.format(hi)}`
      : value.map(showFitted).join(" ");
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${showFitted(v)}`)
      .join(", ");
  }
  return String(value);
};

const share = (value: number | null): string => formatQuantity(value, "andel");

/** Demographics the export did not give are fitted as their own group `ukendt`; the analyst should know how many. */
const unknownLine = (r: CalibrateReport): ReadonlyArray<string> => {
  const parts = Object.entries(r.unknown)
    .filter(([, n]) => n > 0)
    .map(([field, n]) => `${field} ${n} af ${r.cases} sager`);
  return parts.length === 0
    ? []
    : [`Ukendt i historikken (tilpasset som egen gruppe "ukendt"): ${parts.join(", ")}`];
};

export const formatCalibration = (r: CalibrateReport): string => {
  const fitted = renderTable(
    ["Tilpasset værdi", "skøn", "observationer"],
    r.fitted.map((f) => [f.path.join("."), showFitted(f.value), String(f.n)]),
  );
  const o = r.outcomes;
  return [
    `Kalibreret ${r.period} (${r.from} til ${r.to}): ${r.cases} sager`,
    r.out === null
      ? ""
      : `Scenariet er skrevet til ${r.out}; hver tilpasset værdi har source "calibrated ${r.period}".`,
    "",
    fitted,
    "",
    `Historikkens rettidighed (rapporteret, aldrig tilpasset): ${share(r.rettidighed)}`,
    `Udfald: job ${share(o.job)}, raskmeldt ${share(o.raskmeldt)}, andet ${share(o.other)}, åbne ${share(o.open)}`,
    `Jobafklaring blandt revurderinger: ${share(r.jobafklaringShare)}`,
    ...unknownLine(r),
    "",
  ]
    .filter((line, i) => line !== "" || i !== 1)
    .join("\n");
};
