/**
 * Presenter mode of the workshop: large type, controls hidden, with a visible exit button and Esc. It belongs to the
 * workshop only: leaving the view ends it.
 */
const CLASS = "presenter";
const listeners = new Set<(on: boolean) => void>();

export const isPresenting = (): boolean => document.body.classList.contains(CLASS);

export const setPresenting = (on: boolean): void => {
  if (isPresenting() === on) return;
  document.body.classList.toggle(CLASS, on);
  for (const l of listeners) l(on);
};

/** Calls `l` whenever presenter mode turns on or off (buttons keep their aria-pressed in step). */
export const onPresenting = (l: (on: boolean) => void): void => {
  listeners.add(l);
};

document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && isPresenting()) setPresenting(false);
});
