import type { Locator, Page } from 'playwright-core';

// Waiting on what the system does in its own time (a Temporal workflow, an outbox), without fixed
// sleeps: read again until the expectation holds or the time is up, then fail as the last read did.

const pauseMs = 200;

/** Runs `check` until it passes (returns its value) or `timeoutMs` has passed (throws its error). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

/**
 * Reloads the page until `locator` shows: for what the page reads once as it opens and the
 * system makes a moment later (a review task, a notification).
 */
export async function reloadUntilVisible(
  page: Page,
  locator: Locator,
  timeoutMs = 20_000,
): Promise<void> {
  let loaded = true;
  await eventually(async () => {
    if (!loaded) await page.reload();
    loaded = false;
    await locator.waitFor({ timeout: 3_000 });
  }, timeoutMs);
}
