import { uniqueId } from '@budgetflow/testing';
import {
  checkAccessibility,
  eventually,
  localDateFromToday,
  reloadUntilVisible,
  roundFromToday,
  useE2e,
  cellTexts,
  inspect,
  openMenu,
  signInToRound,
  tableRow,
} from './support';

// Budget questions and the budget agreement, as the parties, the administration and the
// coordinators see them in the browser: a party group asks, the administration answers, and the
// party reads the answer, or, while the round holds the administration's work back, that it
// comes to every party group at once; a coordinator previews the agreement with a package and
// concludes it, and the page follows it until every initiative has its place.

const base = roundFromToday(uniqueId('e2e-spoergsmaal'));
const on = (days: number, time: string) => ({ date: localDateFromToday(days), time });

/** The test's round, with the two dates for questions ahead. */
const round = {
  ...base,
  calendar: {
    ...base.calendar,
    milestones: [
      ...base.calendar.milestones,
      {
        id: 'spoergsmaal',
        kind: 'questionDeadline',
        title: 'Frist for budgetspørgsmål',
        ...on(14, '12:00'),
      },
      { id: 'svar', kind: 'answerDeadline', title: 'Frist for svar', ...on(20, '12:00') },
    ],
  },
};

/** A round whose question deadline passed yesterday. */
const closed = {
  ...roundFromToday(uniqueId('e2e-spoergsmaal-lukket')),
  name: 'Runde med lukket spørgsmålsfrist',
};

/** Three submitted initiatives; 4.1 and 4.2 are costed, 4.2 is in negotiation too. */
const initiatives = [
  {
    number: '4.1',
    party: 'enhedslisten',
    title: 'Flere sundhedsplejersker',
    economy: { salaries: perYear(2) },
    financing: [{ area: 'health', share: '1' }],
    to: 'costed',
  },
  {
    number: '4.2',
    party: 'venstre',
    title: 'Kortere ventetid på scanninger',
    economy: { otherOperations: perYear(4) },
    financing: [{ area: 'health', share: '1' }],
    to: 'inNegotiation',
  },
  {
    number: '5.1',
    party: 'sf',
    title: 'Natbusser til yderområderne',
    economy: { otherOperations: perYear(3) },
    financing: [{ area: 'regionalDevelopment', share: '1' }],
    to: 'submitted',
  },
] as const;

function perYear(mioKr: number): Record<string, number> {
  return Object.fromEntries(base.years.map((year) => [String(year), mioKr]));
}

const partyNames = { enhedslisten: 'Enhedslisten', venstre: 'Venstre', sf: 'SF' } as const;

interface Question {
  readonly number: number;
  readonly state: string;
  readonly answer: { readonly text: string } | null;
  readonly answerHeldBack: boolean;
  readonly dueText: string;
}

interface Preview {
  readonly canConclude: boolean;
  readonly problems: readonly { readonly message: string }[];
  readonly initiatives: readonly {
    readonly number: string;
    readonly outcome: string;
    readonly steps: readonly { readonly command: string }[];
  }[];
  readonly balance: { readonly label: string };
}

interface Agreement {
  readonly state: string;
  readonly steps: readonly {
    readonly number: string;
    readonly command: string;
    readonly result: string | null;
  }[];
}

const questionsTable = 'Budgetspørgsmål i runden';
const heldBack = 'Besvaret – offentliggøres for alle partigrupper samtidig';
const answerText = 'Scanningerne kan udvides fra 1. januar; ventetiden falder til under 30 dage.';

describe('budget questions and the budget agreement', () => {
  const e2e = useE2e();
  const people = () => e2e.people;
  const roundPath = `/rounds/${round.id}`;
  const packages: Record<string, number> = {};

  it('sets up, through the API, a round with frames, three initiatives and two packages', async () => {
    const { coordinator, administration } = people();
    const { id, name, firstYear, lastYear, calendar } = round;
    await e2e.api(coordinator, 'POST', '/rounds', { id, name, firstYear, lastYear, calendar });
    await e2e.api(coordinator, 'POST', '/rounds', {
      id: closed.id,
      name: closed.name,
      firstYear: closed.firstYear,
      lastYear: closed.lastYear,
      calendar: {
        ...closed.calendar,
        milestones: [
          ...closed.calendar.milestones,
          {
            id: 'spoergsmaal',
            kind: 'questionDeadline',
            title: 'Frist for budgetspørgsmål',
            ...on(-1, '12:00'),
          },
        ],
      },
    });
    await e2e.api(coordinator, 'PUT', `${roundPath}/frames`, {
      frames: round.years.flatMap((year) => [
        { year, area: 'health', amount: 20 },
        { year, area: 'regionalDevelopment', amount: 5 },
      ]),
    });
    for (const { number, party, title, economy, financing, to } of initiatives) {
      const member = people()[party];
      const path = `${roundPath}/initiatives/${number}`;
      await e2e.api(member, 'POST', `${roundPath}/initiatives`, {
        number,
        title,
        submittedBy: { kind: 'partyGroups', partyGroups: [partyNames[party]] },
        purpose: `${title}: så flere får hjælp i tide.`,
        economy,
        financing,
      });
      await e2e.api(member, 'POST', `${path}/submit`, {});
      if (to === 'submitted') continue;
      await e2e.api(administration, 'POST', `${path}/start-review`, {});
      await e2e.api(administration, 'POST', `${path}/complete-review`, {
        comments: 'Forslaget kan gennemføres fra næste år.',
        assessment: { conclusion: 'requiresFunding' },
      });
      await e2e.api(administration, 'POST', `${path}/cost`, { economy });
      if (to === 'inNegotiation') {
        await e2e.api(coordinator, 'POST', `${path}/open-negotiation`, {});
      }
    }
    const save = async (name: string, items: object[]) =>
      (
        (await e2e.api(coordinator, 'POST', `${roundPath}/packages`, { name, items })) as {
          id: number;
        }
      ).id;
    packages['A'] = await save('Forligspakke A', [
      { number: '4.1' },
      { number: '4.2', adjustment: { share: '1/2', note: 'Halvdelen af scannerne' } },
    ]);
    packages['B'] = await save('Forligspakke B', [{ number: '4.1' }, { number: '5.1' }]);
  });

  it('lets a party member ask a question, with its problems at the fields', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().venstre, round);
    await openMenu(page, 'Spørgsmål', /^Budgetspørgsmål/);
    const deadlines = page.getByRole('region', { name: 'Frister' });
    await deadlines.getByText('Frist for budgetspørgsmål').waitFor();
    await deadlines.getByText('kl. 12.00').first().waitFor();
    await page.getByText('Der er endnu ikke stillet spørgsmål i budgetrunden.').waitFor();
    // Venstre's member asks for Venstre, and needs no choice of party group.
    await page.getByText('Spørgsmålet stilles for Venstre.').waitFor();

    await page.getByRole('button', { name: 'Stil spørgsmålet' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ret følgende' });
    await summary.getByRole('link', { name: 'Spørgsmål' }).waitFor();
    const text = page.getByLabel(/^Spørgsmål \(skal udfyldes\)/);
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Skriv spørgsmålet', { exact: true }).waitFor();

    await page.getByLabel(/^Forslag \(valgfri\)/).selectOption('4.2');
    await text.fill('Hvor meget falder ventetiden på scanninger, hvis forslaget gennemføres?');
    await page.getByRole('button', { name: 'Stil spørgsmålet' }).click();
    const confirmation = page.getByRole('status').filter({ hasText: 'er stillet' });
    await confirmation.getByText(/Administrationen skal svare senest .+ kl\. 12\.00\./).waitFor();
    await confirmation.getByRole('link', { name: 'Spørgsmål 1' }).waitFor();
    expect(await text.inputValue()).toBe('');

    const cells = await cellTexts(tableRow(page, questionsTable, 'Spørgsmål 1'));
    expect(cells.slice(0, 2)).toEqual(['Venstre', '4.2']);
    expect(cells[2]).toContain('Hvor meget falder ventetiden');
    expect(cells.at(-1)).toContain('Afventer svar');
    await inspect(page, 'spoergsmaal');

    // The filters are the address's.
    await page.getByLabel('Status', { exact: true }).selectOption('answered');
    await page.waitForURL((url) => url.searchParams.get('status') === 'answered');
    await page.getByText('Ingen spørgsmål matcher filtrene.').waitFor();
    await page.getByRole('button', { name: 'Nulstil filtre' }).click();
    await page.waitForURL((url) => url.search === '');
    await tableRow(page, questionsTable, 'Spørgsmål 1').waitFor();
  });

  it('refuses a question after the round’s deadline, at the top of the form', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().venstre, closed);
    await page.goto(`/runder/${closed.id}/spoergsmaal`);
    await page.getByRole('heading', { level: 1, name: /^Budgetspørgsmål/ }).waitFor();
    await page.getByRole('region', { name: 'Frister' }).getByText('Overskredet').waitFor();
    await page.getByLabel(/^Spørgsmål \(skal udfyldes\)/).fill('Kommer der flere busser?');
    await page.getByRole('button', { name: 'Stil spørgsmålet' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Spørgsmålet blev ikke stillet' });
    await refusal.getByText(/^Fristen for budgetspørgsmål var .+ kl\. 12\.00/).waitFor();
  });

  it('lets the administration answer, and the party read the answer', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().administration, round);
    await openMenu(page, 'Spørgsmål', /^Budgetspørgsmål/);
    // The administration answers; it asks nothing.
    expect(await page.getByRole('button', { name: 'Stil spørgsmålet' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Spørgsmål 1', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Budgetspørgsmål 1' }).waitFor();
    await page.getByRole('link', { name: 'Forslag 4.2' }).waitFor();
    await page.getByText('Administrationen har ikke svaret endnu.', { exact: false }).waitFor();
    await page.getByLabel(/^Svar \(skal udfyldes\)/).fill(answerText);
    await page.getByRole('button', { name: 'Gem svaret' }).click();
    await page.getByRole('status').getByText('Spørgsmål 1 er besvaret.').waitFor();
    await page.locator('blockquote').getByText(answerText).waitFor();
    await page.getByRole('button', { name: 'Ret svaret' }).waitFor();
    await inspect(page, 'spoergsmaal-svar');

    const party = await e2e.newPage();
    await signInToRound(party, people().venstre, round);
    await party.goto(`/runder/${round.id}/spoergsmaal/1`);
    await party.getByRole('heading', { level: 1, name: 'Budgetspørgsmål 1' }).waitFor();
    await party.locator('blockquote').getByText(answerText).waitFor();
    expect(await party.getByRole('button', { name: /svaret/ }).count()).toBe(0);
  });

  it('shows the party an answer held back as coming to every party group at once', async () => {
    const { coordinator, administration, venstre } = people();
    await e2e.api(venstre, 'POST', `${roundPath}/questions`, {
      partyGroup: 'Venstre',
      text: 'Hvad koster det at holde scannerne åbne om aftenen?',
    });
    await e2e.api(coordinator, 'PUT', `${roundPath}/publication`, { holdBack: true });
    await e2e.api(administration, 'POST', `${roundPath}/questions/2/answer`, {
      text: 'Aftenåbning koster 1,2 mio. kr. om året.',
    });
    const seen = (await e2e.api(venstre, 'GET', `${roundPath}/questions/2`)) as Question;
    expect(seen).toMatchObject({ state: 'answered', answer: null, answerHeldBack: true });

    const page = await e2e.newPage();
    await signInToRound(page, venstre, round);
    await openMenu(page, 'Spørgsmål', /^Budgetspørgsmål/);
    const second = tableRow(page, questionsTable, 'Spørgsmål 2');
    expect((await cellTexts(second)).at(-1)).toContain(heldBack);
    await page.getByRole('link', { name: 'Spørgsmål 2', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Budgetspørgsmål 2' }).waitFor();
    await page.getByText(`${heldBack}.`).waitFor();
    expect(await page.getByText('1,2 mio. kr. om året').count()).toBe(0);
    await inspect(page, 'spoergsmaal-tilbageholdt');

    await e2e.api(coordinator, 'POST', `${roundPath}/publication/releases`, {});
    await reloadUntilVisible(page, page.getByText('Aftenåbning koster 1,2 mio. kr. om året.'));
    expect(await page.getByText(heldBack).count()).toBe(0);
  });

  it('shows a coordinator what an agreement with a package would do, and what stands in its way', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().coordinator, round);
    await openMenu(page, 'Budgetaftale', /^Budgetaftale/);
    await page.getByLabel('Forhandlingspakke').selectOption({ label: 'Forligspakke B' });
    await page.getByRole('button', { name: 'Vis budgetaftalen' }).click();
    await page.waitForURL((url) => url.searchParams.get('pakke') === String(packages['B']));
    const blocked = (await e2e.api(
      people().coordinator,
      'GET',
      `${roundPath}/agreement/preview?package=${packages['B']}`,
    )) as Preview;
    expect(blocked.canConclude).toBe(false);
    const problems = page.getByText('Budgetaftalen kan ikke indgås med denne pakke');
    await problems.waitFor();
    for (const problem of blocked.problems) await page.getByText(problem.message).first().waitFor();
    expect(await page.getByRole('button', { name: 'Indgå budgetaftalen' }).count()).toBe(0);

    // From the package's own page, for its latest version.
    await page.goto(`/runder/${round.id}/pakker/${packages['A']}`);
    await page.getByRole('link', { name: 'Indgå budgetaftale med denne pakke' }).click();
    await page
      .getByRole('heading', { level: 2, name: /^Budgetaftalen med Forligspakke A/ })
      .waitFor();
    const preview = (await e2e.api(
      people().coordinator,
      'GET',
      `${roundPath}/agreement/preview?package=${packages['A']}`,
    )) as Preview;
    expect(preview.canConclude).toBe(true);
    const actions = {
      '4.1': 'Sendes til forhandling og optages med aftalt økonomi',
      '4.2': 'Optages med aftalt økonomi',
      '5.1': 'Afvises: ikke med i budgetaftalen',
    };
    expect(preview.initiatives.map(({ number, outcome }) => [number, outcome])).toEqual([
      ['4.1', 'included'],
      ['4.2', 'included'],
      ['5.1', 'rejected'],
    ]);
    const inPackage = /^Forslagene i pakken med den aftalte økonomi/;
    expect((await cellTexts(tableRow(page, inPackage, '4.1')))[1]).toContain(actions['4.1']);
    const halved = await cellTexts(tableRow(page, inPackage, '4.2'));
    expect(halved[1]).toContain(actions['4.2']);
    expect(halved[2]).toContain('Andel 1/2');
    // Half of 4 mio. kr. a year.
    expect(halved.slice(3, 7)).toEqual(['2,0', '2,0', '2,0', '2,0']);
    expect((await cellTexts(tableRow(page, 'Budgetrundens øvrige forslag', '5.1')))[1]).toContain(
      actions['5.1'],
    );
    await page.getByRole('definition').getByText(preview.balance.label).waitFor();
    await tableRow(page, /mod rammerne \(mio\. kr\.\)$/, 'Sundhedskassen').waitFor();
    await inspect(page, 'budgetaftale-forslag');
  });

  it('lets a coordinator conclude the agreement, and shows it concluded to everyone', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().coordinator, round);
    await page.goto(`/runder/${round.id}/budgetaftale?pakke=${packages['A']}`);
    await page.getByRole('button', { name: 'Indgå budgetaftalen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Indgå budgetaftalen' });
    await dialog.getByText('2 forslag optages med den aftalte økonomi').waitFor();
    await dialog.getByText('1 forslag afvises', { exact: false }).waitFor();
    await checkAccessibility(page, 'budgetaftale-indgaa');
    await dialog.getByRole('button', { name: 'Indgå budgetaftalen' }).click();
    await page
      .getByRole('status')
      .getByText('Budgetaftalen med Forligspakke A, version 1 er sat i gang.')
      .waitFor();
    // The page follows the agreement until every step is taken.
    await page.getByText('Budgetaftalen er indgået').waitFor({ timeout: 60_000 });
    const agreement = await eventually(async () => {
      const read = (await e2e.api(
        people().coordinator,
        'GET',
        `${roundPath}/agreement`,
      )) as Agreement;
      expect(read.state).toBe('concluded');
      return read;
    });
    expect(agreement.steps.map(({ number, command, result }) => [number, command, result])).toEqual(
      [
        ['4.1', 'openNegotiation', 'taken'],
        ['4.1', 'include', 'taken'],
        ['4.2', 'include', 'taken'],
        ['5.1', 'reject', 'taken'],
      ],
    );
    await page.getByText('4 af 4 trin er gennemført').waitFor();
    const steps = 'Hvad budgetaftalen gør med forslagene';
    expect((await cellTexts(tableRow(page, steps, '4.1'))).slice(0, 2)).toEqual([
      'Sendes til forhandling og optages',
      '✓Optaget',
    ]);
    expect((await cellTexts(tableRow(page, steps, '4.2'))).slice(0, 2)).toEqual([
      'Optages',
      '✓Optaget',
    ]);
    expect((await cellTexts(tableRow(page, steps, '5.1'))).slice(0, 2)).toEqual([
      'Afvises',
      '✓Afvist',
    ]);
    expect(await page.getByRole('button', { name: 'Indgå budgetaftalen' }).count()).toBe(0);
    await inspect(page, 'budgetaftale');

    // The party reads the same, and the initiative has its place.
    const party = await e2e.newPage();
    await signInToRound(party, people().sf, round);
    await openMenu(party, 'Budgetaftale', /^Budgetaftale/);
    await party.getByText('Budgetaftalen er indgået').waitFor();
    expect((await cellTexts(tableRow(party, steps, '5.1')))[1]).toBe('✓Afvist');
    await party.getByRole('link', { name: /^5\.1 Natbusser/ }).click();
    await party.getByRole('heading', { level: 1, name: /^Budgetinitiativ 5\.1/ }).waitFor();
    await party.getByText('Ikke med i budgetaftalen (Forligspakke A, version 1)').first().waitFor();
  });
});
