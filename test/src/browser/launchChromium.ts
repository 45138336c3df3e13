/** Launches Debian's Chromium for the browser tests (CHROMIUM_PATH or /usr/bin/chromium); a missing binary fails in one line. */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const launchChromium = async (): Promise<Browser> => {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: run apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
};
