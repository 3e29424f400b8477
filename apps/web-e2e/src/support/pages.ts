import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from './a11y';
import { pageProblems } from './browser';
import type { Person } from './demo';
import { screenshot } from './screenshots';

// What every browser test does on the app's pages: sign in, move through the menu, look at a
// page as a whole, read a table's row.

/** Fills in the sign-in form the page shows and waits to leave it. */
export async function signIn(page: Page, person: Person): Promise<void> {
  await page.getByLabel('Brugernavn', { exact: true }).fill(person.username);
  await page.getByLabel('Adgangskode', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname !== '/log-ind');
}

/** Signs in from the start page, then picks the round: the same page, in that round. */
export async function signInToRound(
  page: Page,
  person: Person,
  round: { readonly id: string; readonly name: string },
): Promise<void> {
  await page.goto('/log-ind');
  await signIn(page, person);
  await page.waitForURL((url) => url.pathname.startsWith('/runder/'));
  await page.getByLabel('Budgetrunde').selectOption({ label: round.name });
  await page.waitForURL((url) => url.pathname.startsWith(`/runder/${round.id}/`));
}

/** Opens a page of the main menu and waits for its heading. */
export async function openMenu(
  page: Page,
  link: string | RegExp,
  heading: string | RegExp,
): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: link, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** A main page as it is now: accessible, photographed (also at tablet width), without errors. */
export async function inspect(page: Page, name: string): Promise<void> {
  await checkAccessibility(page, name);
  await screenshot(page, name, { tablet: true });
  expect(pageProblems(page)).toEqual([]);
}

/** A table's row by its caption and the start of its row heading. */
export function tableRow(page: Page, table: string | RegExp, heading: string): Locator {
  const start = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page
    .getByRole('table', { name: table })
    .getByRole('row', { name: new RegExp(`^${start}\\b`) });
}

/** The cell texts of a row, without its heading, once the row is there. */
export async function cellTexts(row: Locator): Promise<string[]> {
  await row.waitFor();
  return (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
}
