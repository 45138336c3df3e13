/** The workshop's controls: scenario (library or saved), seed, cases, replications, reset, presenter mode, save. */
import type { ScenarioListItem } from "../charts/apiClient";
import { isPresenting, onPresenting, setPresenting } from "../workshop/presenterMode";
import { el } from "./chartFrame";

export interface RunSettings {
  seed: number;
  cases: number;
  replications: number;
}

export interface FormActions {
  readonly scenario: (id: string, source: string) => void;
  readonly settings: (run: RunSettings) => void;
  /** Saves the current setting under a name; resolves with the message to show. */
  readonly save: (name: string) => Promise<string>;
  readonly reset: () => void;
}

const numberField = (
  form: HTMLElement,
  id: string,
  text: string,
  value: number,
  min: number,
  max: number,
) => {
  const label = el(form, "label", `${text} `);
  const input = Object.assign(document.createElement("input"), {
    type: "number",
    id,
    value: String(value),
    min: String(min),
    max: String(max),
  });
  label.append(input);
  return input;
};

const button = (parent: HTMLElement, text: string, act: () => void): HTMLButtonElement => {
  const b = el(parent, "button", text);
  b.type = "button";
  b.addEventListener("click", act);
  return b;
};

export const workshopForm = (
  root: HTMLElement,
  scenarios: ReadonlyArray<ScenarioListItem>,
  initial: string,
  run: RunSettings,
  actions: FormActions,
): void => {
  const form = el(root, "div", undefined, "controls ws-controls no-print");
  const label = el(form, "label", "Scenarie: ");
  const select = document.createElement("select");
  select.id = "ws-scenario";
  label.append(select);
  for (const s of scenarios) {
    const option = el(select, "option", s.source === "saved" ? `${s.name} (gemt)` : s.name);
    Object.assign(option, { value: s.id, selected: s.id === initial });
    option.dataset.source = s.source ?? "library";
  }
  const sourceOf = (id: string) => scenarios.find((s) => s.id === id)?.source ?? "library";
  select.addEventListener("change", () => actions.scenario(select.value, sourceOf(select.value)));
  const seed = numberField(form, "ws-seed", "Frø:", run.seed, 0, 4294967295);
  const cases = numberField(form, "ws-cases", "Sager:", run.cases, 50, 100000);
  const reps = numberField(form, "ws-replications", "Replikationer:", run.replications, 1, 1000);
  for (const input of [seed, cases, reps])
    input.addEventListener("change", () =>
      actions.settings({
        seed: Number(seed.value),
        cases: Number(cases.value),
        replications: Number(reps.value),
      }),
    );
  button(form, "Nulstil håndtag", actions.reset);
  const presenter = button(form, "Præsentationsvisning", () => setPresenting(!isPresenting()));
  presenter.setAttribute("aria-pressed", String(isPresenting()));
  onPresenting((on) => presenter.setAttribute("aria-pressed", String(on)));
  const save = el(root, "div", undefined, "controls ws-save no-print");
  const nameLabel = el(save, "label", "Navn på variant: ");
  const name = Object.assign(document.createElement("input"), {
    type: "text",
    id: "ws-name",
    maxLength: 60,
  });
  nameLabel.append(name);
  const status = el(save, "span", "", "status");
  status.setAttribute("role", "status");
  button(save, "Gem som variant og læg på tavlen", () => {
    status.textContent = "Gemmer …";
    void actions.save(name.value.trim()).then((m) => {
      status.textContent = m;
    });
  });
  actions.scenario(select.value || initial, sourceOf(select.value || initial));
};
