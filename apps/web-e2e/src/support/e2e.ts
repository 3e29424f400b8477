import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, pageProblems } from './browser';
import type { People, Person, RoundRef } from './demo';
import { type E2eSystem, startE2eSystem } from './system';

export interface E2e {
  /** Where the app is, e.g. http://127.0.0.1:41234 (the API under /api). */
  readonly baseUrl: string;
  /** The demo people to sign in as: name, username, password (and role, party groups). */
  readonly people: People;
  /** The demo's round "Budget 2028-2031" with two drafts (an id of this run's own). */
  readonly demoRound: RoundRef;
  /** A new signed-out page (a context of its own) whose relative addresses are the app's. */
  newPage(): Promise<Page>;
  /** A request to the API (path under /api) as the person: to arrange or check what the UI did. */
  api(as: Person, method: string, path: string, body?: object): Promise<unknown>;
}

const START_MS = 240_000;
const STOP_MS = 60_000;

/**
 * Call once at the top of a test file (or describe): the system and Chromium start before its
 * tests and stop after them, even when a test or the start itself fails. The returned object's
 * fields are there once the tests run.
 */
export function useE2e(): E2e {
  let system: E2eSystem | undefined;
  let browser: Browser | undefined;
  const pages: Page[] = [];

  beforeAll(async () => {
    const [started, launched] = await Promise.allSettled([startE2eSystem(), launchBrowser()]);
    if (started.status === 'fulfilled') system = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    for (const result of [started, launched]) {
      if (result.status === 'rejected') throw result.reason;
    }
  }, START_MS);

  afterEach(async () => {
    for (const page of pages.splice(0)) {
      // What the page ran into often explains a test that only timed out waiting for it.
      const problems = pageProblems(page);
      if (problems.length > 0) {
        const test = expect.getState().currentTestName ?? 'a test';
        process.stderr.write(
          `[e2e] ${test}: the page at ${page.url()} ran into\n  ${problems.join('\n  ')}\n`,
        );
      }
      await page.context().close();
    }
  });

  afterAll(async () => {
    await browser?.close().catch((error: unknown) => console.error('closing Chromium:', error));
    await system?.stop();
  }, STOP_MS);

  const running = () => {
    if (!system || !browser) throw new Error('The end-to-end system did not start (see beforeAll)');
    return { system, browser };
  };
  return {
    get baseUrl() {
      return running().system.baseUrl;
    },
    get people() {
      return running().system.people;
    },
    get demoRound() {
      return running().system.demoRound;
    },
    api(as, method, path, body) {
      return running().system.api(method, path, as.username, body);
    },
    async newPage() {
      const { system, browser } = running();
      const page = await openPage(browser, system.baseUrl);
      pages.push(page);
      return page;
    },
  };
}
