import type { Page } from 'playwright-core';
import { checkAccessibility, pageProblems, screenshot, useE2e } from './support';

// A party member changes their own password on "Min konto": the form says in Danish what is
// missing before anything is sent, confirms the change, and afterwards only the new password
// signs in.

const NEW_PASSWORD = 'villads-nye-og-lange-kodeord';

/** Fills in the sign-in form the page shows and sends it. */
async function fillSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Brugernavn', { exact: true }).fill(username);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
}

describe('Min konto', () => {
  const e2e = useE2e();

  it('lets a party member change their password; then only the new one signs in', async () => {
    const member = e2e.people.venstre;
    const page = await e2e.newPage();
    await page.goto('/log-ind');
    await fillSignIn(page, member.username, member.password);
    await page.waitForURL((url) => url.pathname !== '/log-ind');

    await page.getByRole('link', { name: 'Min konto' }).click();
    await page.waitForURL((url) => url.pathname === '/konto');
    await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();
    const facts = await page.locator('dl.facts').textContent();
    expect(facts).toContain(member.name);
    expect(facts).toContain('Venstre');

    // Nothing typed: every field says what it needs, and is marked so.
    const change = page.getByRole('button', { name: 'Skift adgangskode' });
    await change.click();
    const current = page.getByLabel('Nuværende adgangskode', { exact: true });
    await page.getByText('Angiv din nuværende adgangskode').waitFor();
    expect(await current.getAttribute('aria-invalid')).toBe('true');
    expect(await current.getAttribute('autocomplete')).toBe('current-password');
    await checkAccessibility(page, 'min-konto-fejl');

    await current.fill(member.password);
    await page.getByLabel('Ny adgangskode', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Gentag ny adgangskode', { exact: true }).fill(NEW_PASSWORD);
    await change.click();
    await page.getByRole('status').filter({ hasText: 'Din adgangskode er skiftet.' }).waitFor();
    expect(await current.inputValue()).toBe('');

    await checkAccessibility(page, 'min-konto');
    await screenshot(page, 'min-konto', { tablet: true });

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL((url) => url.pathname === '/log-ind');
    await fillSignIn(page, member.username, member.password);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Forkert brugernavn eller adgangskode' })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/log-ind');

    await fillSignIn(page, member.username, NEW_PASSWORD);
    await page.waitForURL((url) => url.pathname !== '/log-ind');
    expect(pageProblems(page)).toEqual([]);
  });
});
