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
    viewport: { width: 1366, height: 768 },
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
