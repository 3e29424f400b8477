import { uniqueId } from '@budgetflow/testing';
import type { Page } from 'playwright-core';
import {
  checkAccessibility,
  eventually,
  pageProblems,
  reloadUntilVisible,
  roundFromToday,
  useE2e,
  inspect,
  openMenu,
  signIn,
  signInToRound,
} from './support';

// The negotiation of one initiative, as the people who take its steps see it in the browser: a
// party drafts and submits it, the administration reviews and costs it from its tasks, and a
// coordinator merges it into another party's initiative and takes that one into the agreement,
// while another party never sees the draft. Each step leaves the system where the next begins.

// The run's systems share one Temporal namespace, where workflow ids are made of the round's id.
const round = roundFromToday(uniqueId('e2e-forhandling'));
const [firstYear, secondYear] = round.years as [number, number, ...number[]];

/** Venstre's initiative, in negotiation before the story begins: the one the draft goes into. */
const target = {
  number: '3.2',
  title: 'Flere jordemødre på fødeafdelingerne',
  submittedBy: { kind: 'partyGroups', partyGroups: ['Venstre'] },
  purpose: 'Ti flere jordemødre, så hver fødende har en fast jordemoder under hele fødslen.',
  economy: { salaries: Object.fromEntries(round.years.map((year) => [String(year), 6])) },
  financing: [{ area: 'health', share: '1' }],
};

/** What Enhedslisten types into the form, as people write numbers in Danish. */
const draft = {
  number: '3.7',
  title: 'Efterfødselssamtaler med en jordemoder',
  purpose:
    'Alle nybagte forældre tilbydes en samtale med en jordemoder om fødslen, før de går hjem.',
  salaries: { [firstYear]: '1,5', [secondYear]: '1,5' },
  otherOperations: { [firstYear]: '0,3', [secondYear]: '0,2' },
  /** "I alt" per year, as the table writes it. */
  totals: ['1,8', '1,7', '0,0', '0,0'],
};

const paths = {
  draft: `/runder/${round.id}/kladder/${draft.number}`,
  initiative: (number: string) => `/runder/${round.id}/forslag/${number}`,
};

interface Totals {
  readonly years: readonly { readonly year: number; readonly total: { readonly kroner: number } }[];
}

interface Detail {
  readonly state: string;
  readonly costing: { readonly economy: { readonly total: Readonly<Record<string, number>> } };
}

/** Kroner of "1.234,5" (mio. kr. with one decimal), the first number of a cell. */
function kronerOf(cell: string): number {
  const number = /-?[\d.]+,\d/.exec(cell)?.[0];
  if (!number) throw new Error(`No amount in "${cell}"`);
  return Math.round(Number(number.replace(/\./g, '').replace(',', '.')) * 10) * 100_000;
}

/** The lifecycle state in the initiative page's facts ("Tilstand"), once it reads `label`. */
async function stateShown(page: Page, label: string): Promise<void> {
  await page.getByRole('definition').getByText(label, { exact: true }).waitFor({ timeout: 15_000 });
}

/** The cells of a table's row, by its caption and its row heading, as the page shows them. */
function rowCells(page: Page, table: string | RegExp, row: string) {
  return page
    .getByRole('table', { name: table })
    .getByRole('row', { name: new RegExp(`^${row}\\b`) })
    .getByRole('cell');
}

describe('the negotiation of an initiative, from a party draft to the budget agreement', () => {
  const e2e = useE2e();
  const people = () => e2e.people;

  /** The board's "I alt" per year of what is included, read from the page, in kroner. */
  const includedOnBoard = async (page: Page) =>
    (await rowCells(page, /^Med i budgetaftalen/, 'I alt').allTextContents()).map(kronerOf);

  /** The same from the API, per year of the round (a year without any is 0). */
  const includedByApi = async () => {
    const totals = (await e2e.api(
      people().coordinator,
      'GET',
      `/initiatives/totals?round=${round.id}&state=included`,
    )) as Totals;
    return round.years.map(
      (year) => totals.years.find((one) => one.year === year)?.total.kroner ?? 0,
    );
  };

  it('sets up, through the API, a round dated from today with frames, and Venstre’s initiative in negotiation', async () => {
    const { coordinator, administration, venstre } = people();
    const { id, name, firstYear: first, lastYear, calendar } = round;
    await e2e.api(coordinator, 'POST', '/rounds', {
      id,
      name,
      firstYear: first,
      lastYear,
      calendar,
    });
    await e2e.api(coordinator, 'PUT', `/rounds/${round.id}/frames`, {
      frames: round.years.flatMap((year) => [
        { year, area: 'health', amount: 50 },
        { year, area: 'regionalDevelopment', amount: 20 },
        { year, area: 'social', amount: 10 },
      ]),
    });

    const initiative = `/rounds/${round.id}/initiatives/${target.number}`;
    const { number, ...form } = target;
    await e2e.api(venstre, 'POST', `/rounds/${round.id}/initiatives`, { number, ...form });
    await e2e.api(venstre, 'POST', `${initiative}/submit`, {});
    await e2e.api(administration, 'POST', `${initiative}/start-review`, {});
    await e2e.api(administration, 'POST', `${initiative}/complete-review`, {
      comments: 'Forslaget kan gennemføres fra næste år.',
      assessment: { conclusion: 'requiresFunding' },
    });
    await e2e.api(administration, 'POST', `${initiative}/cost`, { economy: target.economy });
    await e2e.api(coordinator, 'POST', `${initiative}/open-negotiation`, {});

    const detail = (await e2e.api(coordinator, 'GET', initiative)) as Detail;
    expect(detail.state).toBe('inNegotiation');
  });

  it('lets an Enhedslisten member sign in and draft an initiative with its economy table', async () => {
    const page = await e2e.newPage();
    await page.goto('/log-ind');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    // The sign-in page's picture is the smoke test's; here it is checked as the story's first page.
    await checkAccessibility(page, 'log-ind');
    expect(pageProblems(page)).toEqual([]);

    await signInToRound(page, people().enhedslisten, round);
    await openMenu(page, 'Partiets kladder', 'Partiets kladder');
    await page.getByRole('link', { name: 'Nyt forslag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nyt forslag' }).waitFor();

    await page.getByLabel('Nummer', { exact: true }).fill(draft.number);
    await page.getByLabel('Titel', { exact: true }).fill(draft.title);
    await page.getByLabel('Formål og indhold', { exact: true }).fill(draft.purpose);
    for (const year of [firstYear, secondYear]) {
      await page.getByLabel(`Løn ${year}`, { exact: true }).fill(draft.salaries[year]!);
      await page
        .getByLabel(`Øvrig drift ${year}`, { exact: true })
        .fill(draft.otherOperations[year]!);
    }
    // "I alt" adds up as the amounts are typed, before anything is saved.
    const totals = rowCells(page, /^Forslagets konsekvenser/, 'I alt');
    await eventually(async () => expect(await totals.allTextContents()).toEqual(draft.totals));
    await page.getByRole('checkbox', { name: 'Sundhedskassen' }).check();

    await inspect(page, 'kladde');
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await page.waitForURL((url) => url.pathname === paths.draft, { timeout: 15_000 });
    await page
      .getByRole('status')
      .getByText(/^Gemt /)
      .waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { level: 1, name: `Kladde ${draft.number}` }).waitFor();

    await openMenu(page, 'Partiets kladder', 'Partiets kladder');
    const drafts = page.getByRole('table', { name: 'Kladder' });
    await drafts
      .getByRole('row', { name: new RegExp(`^${draft.number} ${draft.title}`) })
      .waitFor();
    await inspect(page, 'kladder');
  });

  it('keeps the draft from a member of another party group: not listed, not found, 404', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().venstre, round);
    await openMenu(page, 'Forslag', /^Forslag · /);
    // Venstre's own initiative is listed, Enhedslisten's draft is not.
    await page.getByRole('link', { name: `Forslag ${target.number}`, exact: true }).waitFor();
    expect(
      await page.getByRole('link', { name: `Forslag ${draft.number}`, exact: true }).count(),
    ).toBe(0);

    await page.getByLabel('Søg i titel og tekst').fill('efterfødselssamtaler');
    await page.getByText('Ingen forslag matcher filtrene.').waitFor();
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /forslag$/ })
        .textContent(),
    ).toBe('0 forslag');

    await page.goto(paths.draft);
    await page.getByRole('heading', { level: 1, name: 'Forslaget findes ikke' }).waitFor();
    expect(await page.getByText(draft.title).count()).toBe(0);
    await page.goto(paths.initiative(draft.number));
    await page.getByRole('heading', { level: 1, name: 'Forslaget findes ikke' }).waitFor();
    expect(await page.getByText(draft.title).count()).toBe(0);
    expect(pageProblems(page)).toEqual([]);

    // The API, asked with the same session, says the same.
    const direct = await page.request.get(
      `/api/rounds/${round.id}/initiatives/${encodeURIComponent(draft.number)}`,
    );
    expect(direct.status()).toBe(404);
  });

  it('lets the Enhedslisten member submit the draft from the editor', async () => {
    const page = await e2e.newPage();
    // The draft's own address, bookmarked: sign in, and back to it.
    await page.goto(paths.draft);
    await page.waitForURL((url) => url.pathname === '/log-ind');
    await signIn(page, people().enhedslisten);
    await page.getByRole('heading', { level: 1, name: `Kladde ${draft.number}` }).waitFor();
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe(draft.title);

    await page.getByRole('button', { name: 'Indsend' }).click();
    await page.waitForURL((url) => url.pathname === paths.initiative(draft.number), {
      timeout: 15_000,
    });
    await page
      .getByRole('heading', {
        level: 1,
        name: `Budgetinitiativ ${draft.number}: ${draft.title}`,
      })
      .waitFor();
    await stateShown(page, 'Indsendt');

    const timeline = page.getByRole('region', { name: 'Forløb' }).getByRole('listitem');
    expect(await timeline.first().textContent()).toContain('Kladde oprettet');
    const submitted = timeline.last();
    expect(await submitted.textContent()).toMatch(/^Indsendt/);
    expect(await submitted.textContent()).toContain(people().enhedslisten.name);
  });

  it('lets the administration review and cost the initiative from its tasks', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().administration, round);
    await page.getByRole('heading', { level: 1, name: 'Opgaver' }).waitFor();
    // The round's workflow opens the task a moment after the submission.
    const process = page.getByRole('button', { name: `Behandl forslag ${draft.number}` });
    await reloadUntilVisible(page, process);
    await process.click();

    const dialog = page.getByRole('dialog', {
      name: `Behandl forslag ${draft.number} ${draft.title}`,
    });
    await dialog
      .getByLabel('Administrationens bemærkninger')
      .fill('Kan gennemføres sammen med forslag 3.2 om flere jordemødre.');
    await dialog.getByRole('radio', { name: 'Kræver finansiering' }).check();
    await dialog.getByLabel('Kan indarbejdes i forslag').selectOption(target.number);
    // The costing starts from the party's table; the administration puts salaries a little higher.
    const salaries = dialog.getByLabel(`Løn ${firstYear}`, { exact: true });
    expect(await salaries.inputValue()).toBe('1,5');
    await salaries.fill('1,6');
    const costedTotals = rowCells(page, /^Administrationens prisfastsættelse/, 'I alt');
    await eventually(async () => expect((await costedTotals.allTextContents())[0]).toBe('1,9'));
    // The dialog scrolls within itself: back to its top (its close button) for the picture.
    await dialog.getByRole('button', { name: 'Luk' }).focus();
    await inspect(page, 'opgaver-behandl');

    await dialog.getByRole('button', { name: 'Afgiv bemærkninger og prisfastsæt' }).click();
    await page
      .getByRole('status')
      .getByText(`Forslag ${draft.number} er behandlet og prisfastsat.`)
      .waitFor({ timeout: 15_000 });
    await dialog.waitFor({ state: 'hidden' });

    await openMenu(page, 'Forslag', /^Forslag · /);
    await page.getByRole('link', { name: `Forslag ${target.number}`, exact: true }).waitFor();
    await inspect(page, 'forslagsliste');
    await page.getByRole('link', { name: `Forslag ${draft.number}`, exact: true }).click();
    await stateShown(page, 'Prisfastsat');
    await page.getByRole('heading', { name: 'Administrationens prisfastsættelse' }).waitFor();
    const costed = /^Prisfastsat økonomi/;
    const firstTwo = async (row: string) =>
      (await rowCells(page, costed, row).allTextContents()).slice(0, 2);
    expect(await firstTwo('Løn')).toEqual(['1,6', '1,5']);
    expect(await firstTwo('I alt')).toEqual(['1,9', '1,7']);
    await inspect(page, 'forslag');
  });

  it('lets a coordinator merge it into Venstre’s initiative and take that into the agreement', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().coordinator, round);
    await page.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor();
    const includedBefore = await eventually(async () => {
      const shown = await includedOnBoard(page);
      expect(shown).toEqual(await includedByApi());
      return shown;
    });

    await page.getByRole('link', { name: `${draft.number} ${draft.title}` }).click();
    await stateShown(page, 'Prisfastsat');
    await page.getByRole('button', { name: 'Indarbejd i andet forslag' }).click();
    const merge = page.getByRole('dialog', {
      name: `Indarbejd forslag ${draft.number} i et andet forslag`,
    });
    // The administration's advice is the choice to begin with.
    expect(await merge.getByLabel('Indarbejdes i forslag').inputValue()).toBe(target.number);
    await merge.getByLabel('Kommentar').fill('Efter administrationens råd.');
    await merge.getByRole('button', { name: 'Indarbejd i andet forslag' }).click();
    await page
      .getByText(new RegExp(`^Indarbejdet i forslag ${target.number.replace('.', '\\.')}\\.$`))
      .waitFor({ timeout: 15_000 });
    await stateShown(page, 'Indarbejdet i andet forslag');

    await page
      .getByRole('link', { name: `forslag ${target.number}`, exact: true })
      .first()
      .click();
    await page
      .getByRole('heading', { level: 1, name: `Budgetinitiativ ${target.number}: ${target.title}` })
      .waitFor();
    await page.getByText('Har indarbejdet:').waitFor();
    await page
      .getByRole('link', { name: `forslag ${draft.number}`, exact: true })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Optag i budgetaftalen' }).click();
    const include = page.getByRole('dialog', {
      name: `Optag forslag ${target.number} i budgetaftalen`,
    });
    await include.getByRole('button', { name: 'Optag i budgetaftalen' }).click();
    await stateShown(page, 'Med i budgetaftalen');
    await inspect(page, 'forslag-optaget');

    // The board's included totals grow by exactly what the target costs, year by year.
    const detail = (await e2e.api(
      people().coordinator,
      'GET',
      `/rounds/${round.id}/initiatives/${target.number}`,
    )) as Detail;
    const targetKroner = round.years.map((year) =>
      Math.round((detail.costing.economy.total[String(year)] ?? 0) * 1_000_000),
    );
    const expected = includedBefore.map((before, index) => before + targetKroner[index]!);
    expect(targetKroner.every((kroner) => kroner > 0)).toBe(true);
    await openMenu(page, 'Overblik', 'Overblik');
    await eventually(async () => expect(await includedOnBoard(page)).toEqual(expected));
    expect(await includedByApi()).toEqual(expected);
    await page.getByRole('heading', { name: 'Med i budgetaftalen (1)' }).waitFor();
    await inspect(page, 'overblik');
  });

  it('shows the party member the round’s calendar and the messages about the initiative', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().enhedslisten, round);
    await openMenu(page, 'Kalender', 'Kalender');
    await page.getByText('Frist for partiernes budgetinitiativer').first().waitFor();
    await inspect(page, 'kalender');

    // The menu's link says how many are unread: "Beskeder 3 ulæste".
    await openMenu(page, /^Beskeder/, 'Beskeder');
    // The notifications go out from an outbox, a moment after the steps.
    await reloadUntilVisible(
      page,
      page
        .getByRole('heading', { level: 2, name: new RegExp(draft.number.replace('.', '\\.')) })
        .first(),
    );
    await inspect(page, 'beskeder');
  });
  it('holds the administration’s answer back from every party until a coordinator releases it on the board', async () => {
    const { coordinator, administration, enhedslisten, venstre } = people();
    const words = 'Administrationen vurderer, at forslaget kræver ny finansiering.';
    const path = `/rounds/${round.id}/initiatives/6.1`;
    await e2e.api(coordinator, 'PUT', `/rounds/${round.id}/publication`, { holdBack: true });
    await e2e.api(enhedslisten, 'POST', `/rounds/${round.id}/initiatives`, {
      number: '6.1',
      title: 'Gratis influenzavaccine til personalet',
      submittedBy: { kind: 'partyGroups', partyGroups: ['Enhedslisten'] },
      purpose: 'Færre sygedage om vinteren.',
      economy: { otherOperations: { [String(round.years[0])]: 0.5 } },
      financing: [{ area: 'health', share: '1' }],
    });
    await e2e.api(enhedslisten, 'POST', `${path}/submit`, {});
    await e2e.api(administration, 'POST', `${path}/start-review`, {});
    await e2e.api(administration, 'POST', `${path}/complete-review`, {
      comments: words,
      assessment: { conclusion: 'requiresFunding' },
    });

    const party = await e2e.newPage();
    await party.goto(`/runder/${round.id}/forslag/6.1`);
    await signIn(party, venstre);
    await party.getByRole('heading', { level: 1, name: /6\.1/ }).waitFor();
    await party
      .getByRole('note')
      .getByText(/offentliggøres for alle partigrupper/)
      .waitFor();
    expect(await party.getByText(words).count()).toBe(0);
    await inspect(party, 'forslag-tilbageholdt');

    const board = await e2e.newPage();
    await signInToRound(board, coordinator, round);
    await openMenu(board, 'Overblik', 'Overblik');
    const publication = board.getByRole('region', {
      name: 'Offentliggørelse af administrationens svar',
    });
    await publication.getByText('Intet er frigivet endnu.').waitFor();
    await publication.getByRole('button', { name: 'Frigiv til alle partigrupper' }).click();
    const dialog = board.getByRole('dialog', { name: 'Frigiv administrationens svar' });
    await dialog.getByRole('button', { name: 'Frigiv nu' }).click();
    await publication.getByText(/^Senest frigivet /).waitFor();
    await inspect(board, 'overblik-frigivet');

    await reloadUntilVisible(party, party.getByText(words));
  });
});
