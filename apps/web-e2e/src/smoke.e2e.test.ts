import { checkAccessibility, pageProblems, screenshot, useE2e } from './support';

// The first thing anyone does: sign in. The app at / sends a signed-out visitor to /log-ind,
// whose form a screen reader can fill in, and the coordinator lands on a page of their own.

describe('signing in', () => {
  const e2e = useE2e();

  it('sends a signed-out visitor from / to the sign-in form, its fields labelled', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/log-ind');

    const username = page.getByLabel('Brugernavn', { exact: true });
    const password = page.getByLabel('Adgangskode', { exact: true });
    await username.waitFor();
    expect(await password.getAttribute('type')).toBe('password');
    expect(await page.getByRole('button', { name: 'Log ind' }).isEnabled()).toBe(true);

    await checkAccessibility(page, 'log-ind');
    await screenshot(page, 'log-ind', { tablet: true });
    expect(pageProblems(page)).toEqual([]);
  });

  it('signs the coordinator in, onto a page with a main heading', async () => {
    const { coordinator } = e2e.people;
    const page = await e2e.newPage();
    await page.goto('/log-ind');
    await page.getByLabel('Brugernavn', { exact: true }).fill(coordinator.username);
    await page.getByLabel('Adgangskode', { exact: true }).fill(coordinator.password);
    await page.getByRole('button', { name: 'Log ind' }).click();

    await page.waitForURL((url) => url.pathname !== '/log-ind');
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect((await heading.textContent())?.trim()).toBeTruthy();
    // The browser holds the coordinator's session: the app's own requests are theirs.
    const session = await page.request.get('/api/auth/session');
    expect(session.status()).toBe(200);
    expect(JSON.stringify(await session.json())).toContain(coordinator.username);

    await checkAccessibility(page, 'forside-koordinator');
    await screenshot(page, 'forside-koordinator', { tablet: true });
    expect(pageProblems(page)).toEqual([]);
  });
});
