/** The "Ny sammenligning" form: baseline, up to four variants, seed and replications; submits to the API. */
import { listScenarios, type ScenarioListItem, startComparison } from "../charts/apiClient";
import { el } from "../views/chartFrame";

const MAX_VARIANTS = 4;

const field = (form: HTMLElement, text: string, input: HTMLElement): void => {
  const label = el(form, "label", `${text} `);
  label.append(input);
};

export const renderControls = async (
  root: HTMLElement,
  go: (comparisonId: string) => void,
): Promise<void> => {
  const form = el(root, "form", undefined, "controls");
  const status = el(root, "p", "", "status");
  status.setAttribute("role", "status");
  let scenarios: ReadonlyArray<ScenarioListItem> = [];
  try {
    scenarios = await listScenarios();
  } catch (e) {
    status.textContent = `Scenarier kunne ikke hentes: ${(e as { message?: string }).message ?? String(e)}`;
  }
  const baseline = document.createElement("select");
  baseline.id = "baseline";
  for (const s of scenarios)
    Object.assign(el(baseline, "option", s.name), { value: s.id, selected: s.id === "baseline" });
  field(form, "Basis:", baseline);
  const variants = el(form, "fieldset", undefined, "variants");
  el(variants, "legend", `Varianter (højst ${MAX_VARIANTS})`);
  for (const s of scenarios) {
    const label = el(variants, "label");
    const box = Object.assign(document.createElement("input"), {
      type: "checkbox",
      value: s.id,
      name: "variant",
    });
    label.append(box, ` ${s.name}`);
  }
  // The chosen baseline cannot also be a variant: its box is disabled and unchecked.
  const syncBaseline = (): void => {
    for (const box of variants.querySelectorAll<HTMLInputElement>("input[name=variant]")) {
      box.disabled = box.value === baseline.value;
      if (box.disabled) box.checked = false;
    }
  };
  baseline.addEventListener("change", syncBaseline);
  syncBaseline();
  const seed = Object.assign(document.createElement("input"), {
    type: "number",
    id: "seed",
    value: "1",
    min: "0",
  });
  field(form, "Frø:", seed);
  const reps = Object.assign(document.createElement("input"), {
    type: "number",
    id: "replications",
    value: "10",
    min: "2",
    max: "1000",
  });
  field(form, "Replikationer:", reps);
  const submit = el(form, "button", "Kør sammenligning");
  submit.type = "submit";
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const chosen = [...variants.querySelectorAll<HTMLInputElement>("input:checked")]
      .map((b) => b.value)
      .filter((v) => v !== baseline.value);
    if (chosen.length > MAX_VARIANTS) {
      status.textContent = `Vælg højst ${MAX_VARIANTS} varianter (valgt: ${chosen.length}).`;
      return;
    }
    status.textContent = "Starter sammenligningen …";
    try {
      const id = await startComparison({
        baseline: baseline.value,
        variants: chosen,
        seed: Number(seed.value),
        replications: Number(reps.value),
      });
      status.textContent = "";
      go(id);
    } catch (e) {
      status.textContent = `Sammenligningen kunne ikke startes: ${(e as { message?: string }).message ?? String(e)}`;
    }
  });
};
