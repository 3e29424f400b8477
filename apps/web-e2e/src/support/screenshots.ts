import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { findProjectRoot } from '@budgetflow/local-stack';
import type { Page } from 'playwright-core';

/** Where the pictures go (git-ignored), to look at after a run. */
export const screenshotDir = join(findProjectRoot(), 'apps', 'web-e2e', 'screenshots');

const tabletViewport = { width: 820, height: 1180 } as const;

/**
 * The whole page as a PNG, screenshots/<name>.png; with `tablet`, also at a tablet's width
 * (820 px) as <name>-tablet.png, and back to the page's own size after. Returns the files.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { tablet?: boolean } = {},
): Promise<string[]> {
  if (!/^[\w-]+$/.test(name))
    throw new Error(`Name a screenshot with letters, digits and -: ${name}`);
  await mkdir(screenshotDir, { recursive: true });
  const take = async (file: string) => {
    const path = join(screenshotDir, file);
    await page.screenshot({ path, fullPage: true, animations: 'disabled' });
    return path;
  };
  const files = [await take(`${name}.png`)];
  // The tablet picture is taken after the page has laid itself out again (charts measure their box).
  if (options.tablet) {
    const size = page.viewportSize();
    await page.setViewportSize(tabletViewport);
    try {
      await settled(page);
      files.push(await take(`${name}-tablet.png`));
    } finally {
      if (size) await page.setViewportSize(size);
    }
  }
  return files;
}

/** Two animation frames: what resizes on a resize (charts) has drawn itself again. */
function settled(page: Page): Promise<unknown> {
  return page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
  );
}
