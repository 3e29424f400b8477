import { uniqueId } from '@budgetflow/testing';
import { demoSeats } from '../../../scripts/demo/support';
import {
  checkAccessibility,
  eventually,
  pageProblems,
  type Person,
  roundFromToday,
  useE2e,
  cellTexts,
  inspect,
  openMenu,
  signInToRound,
  tableRow,
} from './support';

// The negotiation table, as the coordinators and the parties see it in the browser: a coordinator
// puts two packages together (one taking an initiative by half), compares them and sees the
// difference and the balance against the frames as the API counts them, keeps the versions; a
// party group states its stance in the support grid and the majority changes with it.

// The run's systems share one Temporal namespace, where workflow ids are made of the round's id.
const round = roundFromToday(uniqueId('e2e-pakker'));

/** Three submitted initiatives of three parties, in mio. kr. per year of the round. */
const initiatives = [
  {
    number: '4.1',
    party: 'enhedslisten',
    title: 'Flere sundhedsplejersker',
    economy: { salaries: perYear(2) },
    financing: [{ area: 'health', share: '1' }],
  },
  {
    number: '4.2',
    party: 'venstre',
    title: 'Kortere ventetid på scanninger',
    economy: { otherOperations: perYear(4) },
    financing: [{ area: 'health', share: '1' }],
  },
  {
    number: '5.1',
    party: 'sf',
    title: 'Natbusser til yderområderne',
    economy: { otherOperations: perYear(3) },
    financing: [{ area: 'regionalDevelopment', share: '1' }],
  },
] as const;

function perYear(mioKr: number): Record<string, number> {
  return Object.fromEntries(round.years.map((year) => [String(year), mioKr]));
}

const partyNames = { enhedslisten: 'Enhedslisten', venstre: 'Venstre', sf: 'SF' } as const;

interface Amount {
  readonly kroner: number;
  readonly formatted: string;
}

interface BalanceArea {
  readonly area: string;
  readonly label: string;
  readonly years: readonly { readonly year: number; readonly label: string }[];
}

interface Package {
  readonly id: number;
  readonly name: string;
  readonly balance: { readonly label: string; readonly areas: readonly BalanceArea[] };
}

interface Comparison {
  readonly packages: readonly Package[];
  readonly difference: {
    readonly years: readonly {
      readonly year: number;
      readonly total: {
        readonly first: Amount;
        readonly second: Amount;
        readonly difference: Amount;
      };
    }[];
  };
}

const balanceCaption = /mod rammerne \(mio\. kr\.\)$/;

describe('negotiation packages and the support grid', () => {
  const e2e = useE2e();
  const people = () => e2e.people;
  const packagesPath = `/rounds/${round.id}/packages`;
  const ids: Record<string, number> = {};

  it('sets up, through the API, a round with frames, seats and three submitted initiatives', async () => {
    const { coordinator, socialdemokratiet, sf } = people();
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
        { year, area: 'health', amount: 20 },
        { year, area: 'regionalDevelopment', amount: 2 },
      ]),
    });
    await e2e.api(coordinator, 'PUT', `/rounds/${round.id}/seats`, demoSeats);
    for (const { number, party, title, economy, financing } of initiatives) {
      const member = people()[party];
      await e2e.api(member, 'POST', `/rounds/${round.id}/initiatives`, {
        number,
        title,
        submittedBy: { kind: 'partyGroups', partyGroups: [partyNames[party]] },
        purpose: `${title}: så flere får hjælp i tide.`,
        economy,
        financing,
      });
      await e2e.api(member, 'POST', `/rounds/${round.id}/initiatives/${number}/submit`, {});
    }
    // Socialdemokratiet (12) and SF (6) back 4.1: 18 of 41 seats, 3 short of a majority.
    const stance = (person: Person, party: string) =>
      e2e.api(person, 'PUT', `/rounds/${round.id}/initiatives/4.1/stances/${party}`, {
        stance: 'support',
      });
    await stance(socialdemokratiet, 'Socialdemokratiet');
    await stance(sf, 'SF');
  });

  it('lets a coordinator put a package together and see it counted against the frames', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().coordinator, round);
    await openMenu(page, 'Pakker', /^Forhandlingspakker/);
    await page.getByText('Der er endnu ingen forhandlingspakker').waitFor();
    await page.getByRole('link', { name: 'Ny pakke' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny forhandlingspakke' }).waitFor();

    await page.getByLabel(/^Navn/).fill('Pakke A');
    for (const { number } of initiatives) {
      await page
        .getByRole('checkbox', { name: new RegExp(`^${number.replace('.', '\\.')} `) })
        .check();
    }
    await page.getByRole('button', { name: 'Opret pakke' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forhandlingspakke: Pakke A' }).waitFor();
    await page.getByRole('status').getByText('Pakken Pakke A er oprettet.').waitFor();
    ids['A'] = Number(/\/pakker\/(\d+)$/.exec(new URL(page.url()).pathname)?.[1]);

    // The balance as the API counts it: 3 mio. kr. a year against a frame of 2 in regional
    // development, each area on its own.
    const saved = (await e2e.api(
      people().coordinator,
      'GET',
      `${packagesPath}/${ids['A']}`,
    )) as Package;
    const regional = saved.balance.areas.find((area) => area.area === 'regionalDevelopment')!;
    expect(regional.years[0]?.label).toBe('1,0 mio. kr. over rammen');
    const shown = await cellTexts(tableRow(page, balanceCaption, 'Den regionale udviklingskasse'));
    regional.years.forEach((year, index) => expect(shown[index]).toContain(year.label));
    expect(shown.at(-1)).toContain(regional.label);
    await page.getByRole('definition').getByText(saved.balance.label).waitFor();
    await inspect(page, 'pakke');
  });

  it('shows the coordinator the problems of a package at their fields, the API’s too', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().coordinator, round);
    await page.goto(`/runder/${round.id}/pakker/ny`);
    await page.getByRole('heading', { level: 1, name: 'Ny forhandlingspakke' }).waitFor();
    // A name the round has (names are unique whatever the case), and a share that is no fraction.
    await page.getByLabel(/^Navn/).fill('pakke a');
    await page.getByRole('checkbox', { name: /^4\.1 / }).check();
    await page.getByRole('checkbox', { name: /^5\.1 / }).check();
    const natbusser = page.getByRole('group', { name: /^5\.1 Natbusser/ });
    await natbusser.getByRole('checkbox', { name: 'Tilpas forslaget' }).check();
    const share = natbusser.getByLabel(/^Andel af forslaget/);
    await share.fill('2');
    // A year moved and an amount changed, the amount typed with a dot, which is no Danish decimal.
    await natbusser.getByRole('button', { name: 'Tilføj flytning' }).click();
    await natbusser.getByRole('button', { name: 'Tilføj ændret beløb' }).click();
    const amount = natbusser.getByLabel(/^Beløb \(mio\. kr\.\)/);
    await amount.fill('1.5');
    await page.getByRole('button', { name: 'Opret pakke' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ret følgende' });
    await summary.getByRole('link', { name: '5.1: andel' }).waitFor();
    await summary.getByRole('link', { name: '5.1, ændret beløb 1: beløb' }).waitFor();
    expect(await share.getAttribute('aria-invalid')).toBe('true');
    expect(await amount.getAttribute('aria-invalid')).toBe('true');

    await share.fill('1/2');
    await amount.fill('1,5');
    await natbusser.getByLabel(/^Note/).fill('Halvdelen af afgangene i første omgang');
    await page.getByRole('button', { name: 'Opret pakke' }).click();
    await summary.getByRole('link', { name: 'Navn' }).waitFor();
    await page.getByText('Budgetrunden har allerede en pakke med navnet pakke a').first().waitFor();
    expect(await share.getAttribute('aria-invalid')).toBeNull();
    await inspect(page, 'pakke-ny');

    // Only the share and the note go in the package after all.
    await natbusser.getByRole('button', { name: 'Fjern flytning 1' }).click();
    await natbusser.getByRole('button', { name: 'Fjern ændret beløb 1' }).click();
    await page.getByLabel(/^Navn/).fill('Pakke B');
    await page.getByRole('button', { name: 'Opret pakke' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forhandlingspakke: Pakke B' }).waitFor();
    ids['B'] = Number(/\/pakker\/(\d+)$/.exec(new URL(page.url()).pathname)?.[1]);
    await tableRow(page, 'Forslag i pakken (mio. kr.)', '5.1').getByText('Andel 1/2').waitFor();
  });

  it('compares the two packages: the difference and the balance as the API computes them', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().coordinator, round);
    await openMenu(page, 'Pakker', /^Forhandlingspakker/);
    const list = 'Budgetrundens forhandlingspakker';
    await tableRow(page, list, 'Pakke A').getByText('Overskrider rammerne').waitFor();
    await tableRow(page, list, 'Pakke B').getByText('Inden for rammerne').waitFor();
    await inspect(page, 'pakker');

    await page.getByLabel('Første pakke').selectOption({ label: 'Pakke A' });
    await page.getByLabel('Anden pakke').selectOption({ label: 'Pakke B' });
    await page.getByRole('button', { name: 'Sammenlign' }).click();
    await page.waitForURL((url) => url.search === `?a=${ids['A']}&b=${ids['B']}`);
    await page.getByRole('heading', { level: 1, name: 'Sammenlign pakker' }).waitFor();

    const comparison = (await e2e.api(
      people().coordinator,
      'GET',
      `${packagesPath}/compare?ids=${ids['A']},${ids['B']}`,
    )) as Comparison;
    const differences = page.getByRole('table', { name: /^Pakke B sammenlignet med Pakke A/ });
    await differences.waitFor();
    for (const year of comparison.difference.years) {
      const { first, second, difference } = year.total;
      const cells = await cellTexts(
        differences.getByRole('row', { name: new RegExp(`^${year.year} I alt`) }),
      );
      const sign = difference.kroner > 0 ? '+' : '';
      expect(cells).toEqual([first.formatted, second.formatted, `${sign}${difference.formatted}`]);
    }
    // B leaves out 4.2 (4 a year) and takes half of 5.1 (1,5 of 3): 5,5 less in the first year.
    expect(comparison.difference.years[0]?.total.difference.formatted).toBe('-5,5 mio. kr.');

    await page.getByRole('heading', { name: 'Kun i Pakke A' }).waitFor();
    await page.getByRole('link', { name: '4.2 Kortere ventetid på scanninger' }).waitFor();
    const adjusted = await cellTexts(tableRow(page, 'Taget med forskelligt', '5.1'));
    expect(adjusted).toEqual([
      'Som forslaget er',
      'Andel 1/2; Note: Halvdelen af afgangene i første omgang',
    ]);

    // Each package's balance, area by area, as the API words it.
    for (const pkg of comparison.packages) {
      const regional = pkg.balance.areas.find((area) => area.area === 'regionalDevelopment')!;
      const shown = await cellTexts(
        tableRow(page, `${pkg.name} mod rammerne (mio. kr.)`, 'Den regionale udviklingskasse'),
      );
      regional.years.forEach((year, index) => expect(shown[index]).toContain(year.label));
    }
    const [, second] = comparison.packages;
    expect(
      second?.balance.areas.find((area) => area.area === 'regionalDevelopment')?.years[0]?.label,
    ).toBe('0,5 mio. kr. tilbage');
    await inspect(page, 'pakker-sammenlign');
  });

  it('keeps every version of a package, and restores an earlier one as the newest', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().coordinator, round);
    await page.goto(`/runder/${round.id}/pakker/${ids['A']}`);
    await page.getByRole('link', { name: 'Ret pakke' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ret forhandlingspakke' }).waitFor();
    await page.getByRole('checkbox', { name: /^4\.2 / }).uncheck();
    await page.getByLabel(/^Bemærkning til versionen/).fill('Uden scanningerne');
    await page.getByRole('button', { name: 'Gem ny version' }).click();
    await page.getByRole('status').getByText('Pakken er gemt som version 2.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Forslag i pakken (2)' }).waitFor();

    await page.getByRole('button', { name: 'Gendan version 1' }).click();
    await page.getByRole('status').getByText('Version 1 er gendannet som version 3.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Forslag i pakken (3)' }).waitFor();
    const versions = (await e2e.api(
      people().coordinator,
      'GET',
      `${packagesPath}/${ids['A']}/versions`,
    )) as { versions: { version: number; restoredFrom: number | null }[] };
    expect(versions.versions.map(({ version, restoredFrom }) => [version, restoredFrom])).toEqual([
      [3, 1],
      [2, null],
      [1, null],
    ]);

    await page.getByRole('link', { name: 'Vis version 2' }).click();
    await page.getByText('Du ser version 2 af pakken; den seneste er version 3.').waitFor();
    await inspect(page, 'pakke-version');
  });

  it('lets a party member state their stance in the grid, and the majority changes with it', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().enhedslisten, round);
    await openMenu(page, 'Opbakning', 'Opbakning');
    const grid = 'Partigruppernes holdninger til forslagene';
    const majorityOf = async () => (await cellTexts(tableRow(page, grid, '4.1')))[0];
    await eventually(async () =>
      expect(await majorityOf()).toBe('✗Ikke flertal: 18 af 41 mandater (21 kræves)'),
    );
    // Only the member's own party group can be set.
    expect(await page.getByRole('button', { name: /^Ret holdning: SF,/ }).count()).toBe(0);
    await inspect(page, 'opbakning');

    await page.getByRole('button', { name: 'Ret holdning: Enhedslisten, forslag 4.1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Holdning for Enhedslisten' });
    await dialog.getByRole('radio', { name: 'Støtter' }).check();
    await dialog.getByLabel(/^Kommentar/).fill('Vi bakker op, hvis finansieringen er på plads.');
    await checkAccessibility(page, 'opbakning-holdning');
    await dialog.getByRole('button', { name: 'Gem holdning' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('status')
      .getByText('Flertal: 24 af 41 mandater', { exact: false })
      .waitFor();
    await eventually(async () => expect(await majorityOf()).toBe('✓Flertal: 24 af 41 mandater'));

    const support = (await e2e.api(
      people().enhedslisten,
      'GET',
      `/rounds/${round.id}/support`,
    )) as {
      initiatives: { number: string; majority: { label: string } }[];
    };
    expect(support.initiatives.find((one) => one.number === '4.1')?.majority.label).toBe(
      'Flertal: 24 af 41 mandater',
    );
  });

  it('lets a coordinator see the seats and open their form', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, people().coordinator, round);
    await openMenu(page, 'Opbakning', 'Opbakning');
    await page
      .getByText('Regionsrådet har 41 mandater i budgetrunden; et flertal kræver 21.')
      .waitFor();
    // A coordinator notes any party's stance.
    await page.getByRole('button', { name: 'Ret holdning: Venstre, forslag 4.2' }).waitFor();
    await page.getByRole('button', { name: 'Ret mandater' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ret mandater' });
    expect(await dialog.getByLabel('Socialdemokratiet').inputValue()).toBe('12');
    await dialog.getByText('41 mandater, flertal kræver 21').waitFor();
    await dialog.getByLabel('Dansk Folkeparti').fill('3');
    await dialog.getByText('42 mandater, flertal kræver 22').waitFor();
    await checkAccessibility(page, 'opbakning-mandater');
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(pageProblems(page)).toEqual([]);
  });
});
