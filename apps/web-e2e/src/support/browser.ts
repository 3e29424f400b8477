import { ensureChromium } from '@budgetflow/local-stack';
import { type Browser, chromium, type Page } from 'playwright-core';

// The system's Chromium (CHROMIUM_PATH, which npm test sets, or found as ensureChromium finds
// it), never a downloaded one. The machines running the tests have no outside network: without
// these switches Chromium waits on look-ups of Google's services.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const desktopViewport = { width: 1280, height: 800 } as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await ensureChromium(),
    headless: true,
    args: chromiumArgs,
  });
}

/** Errors the page itself ran into: uncaught exceptions and what the CSP refused. */
const problems = new WeakMap<Page, string[]>();

export function pageProblems(page: Page): readonly string[] {
  return problems.get(page) ?? [];
}

/**
 * A page in a fresh context (no cookies: signed out), as a Danish desktop user sees the app:
 * 1280×800, da-DK, Copenhagen time. Relative addresses (`page.goto('/log-ind')`) are the app's.
 */
export async function openPage(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: desktopViewport,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  const page = await context.newPage();
  const seen: string[] = [];
  problems.set(page, seen);
  page.on('pageerror', (error) => seen.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      seen.push(`refused: ${message.text()}`);
    }
  });
  return page;
}
