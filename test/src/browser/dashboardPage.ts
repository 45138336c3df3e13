/** Page helpers for the dashboard browser test: a page that records (and blocks) every request to another origin. */
import type { Browser, Page } from "playwright-core";

export interface GuardedPage {
  readonly page: Page;
  /** URLs the page tried to load from anywhere but the app's origin. */
  readonly foreign: ReadonlyArray<string>;
  readonly errors: ReadonlyArray<string>;
}

export const openGuardedPage = async (browser: Browser, origin: string): Promise<GuardedPage> => {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: "da-DK",
  });
  const foreign: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    const local =
      url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:");
    if (local) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, foreign, errors };
};

/** Opens a view through its navigation link with the keyboard (focus + Enter) and waits for the data to be drawn. */
export const openView = async (page: Page, title: string, drawn: string): Promise<void> => {
  await page.getByRole("link", { name: title, exact: true }).focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector(drawn, { timeout: 60_000 });
};

/**
 * Words on the page (visible text, SVG tooltips, aria labels) that look like code identifiers in camelCase
 * (`earlyCvWeek`, `SygemeldingReceived`): none may reach a user (issue 23 §6).
 */
export const identifiersOnPage = async (page: Page): Promise<ReadonlyArray<string>> => {
  // Text node by text node (innerText runs adjacent links together), plus tooltips and aria labels.
  const texts = (await page.evaluate(`(() => {
    const out = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n !== null; n = walk.nextNode()) {
      const p = n.parentElement;
      if (p === null || p.closest("script, style, details:not([open]) > :not(summary)")) continue;
      if (p.closest("svg") === null && p.offsetParent === null && getComputedStyle(p).position !== "fixed") continue;
      out.push(n.textContent);
    }
    for (const e of document.querySelectorAll("[aria-label]")) out.push(e.getAttribute("aria-label"));
    return out;
  })()`)) as ReadonlyArray<string>;
  const words = texts.flatMap((t) => t.match(/[\p{L}\p{N}_]+/gu) ?? []);
  return [...new Set(words.filter((w) => /^[a-z]+[A-Z]|^[A-Z][a-z]+[A-Z][a-z]/.test(w)))];
};
