import { uniqueId } from '@budgetflow/testing';
import { inspect, localDateFromToday, roundFromToday, signInToRound, useE2e } from './support';

// Documents in, in the browser: a party imports its budget-initiative forms (first the preview
// per document, then the import), sees an edited form as the fields it changes, and the same
// file again as no change; a coordinator attaches a meeting's minutes from the calendar and
// everyone reads the decisions with the initiatives they concern.

const base = roundFromToday(uniqueId('e2e-import'));
const meetingDate = localDateFromToday(30);
const round = {
  ...base,
  calendar: {
    ...base.calendar,
    milestones: [
      ...base.calendar.milestones,
      {
        id: 'okonomiudvalget',
        kind: 'meeting',
        title: 'Økonomiudvalgets budgetmøde',
        date: meetingDate,
        time: '15:00',
        meeting: { body: 'udvalg', committee: 'Økonomiudvalget', agendaDeadlineWorkingDays: 5 },
      },
    ],
  },
};

/** A budget-initiative form as plain text, in the standard form's headings. */
function form(number: string, party: string, title: string, otherOperations: string): Buffer {
  const years = round.years.join('\t');
  const row = (label: string, value: string) =>
    `${label}\t${round.years.map(() => value).join('\t')}`;
  return Buffer.from(
    [
      `Forslag til budgetinitiativ i budget ${round.firstYear}-${round.lastYear}`,
      `INITIATIV ${number}: ${title}`,
      `Fremsat af: ${party}`,
      'Formål og indhold:',
      'Flere afgange på de buslinjer, der kører til gymnasier og erhvervsskoler.',
      'Konsekvenser:',
      [
        `Økonomi (mio. kr.)\t${years}`,
        row('Etableringsudgifter', ''),
        row('Løn (til evt. nye årsværk)', ''),
        row('Øvrig drift', otherOperations),
        row('Udgifter i alt', otherOperations),
      ].join('\n'),
      'Finansiering:',
      ['Sundhedskassen\t', 'Den regionale udviklingskasse\tX', 'Det sociale område\t'].join('\n'),
      'Første tekstudkast til budgetaftalen:',
      'Partierne er enige om at styrke busforbindelserne til ungdomsuddannelserne.',
    ].join('\n\n'),
  );
}

const busTitle = 'Bedre busforbindelser til ungdomsuddannelser';
const venstreForm = {
  name: 'forslag-6.1.txt',
  mimeType: 'text/plain',
  buffer: form('6.1', 'Venstre', busTitle, '2,4'),
};
const editedForm = {
  name: 'forslag-6.1-rettet.txt',
  mimeType: 'text/plain',
  buffer: form('6.1', 'Venstre', busTitle, '3,0'),
};
const otherPartyForm = {
  name: 'forslag-4.1.txt',
  mimeType: 'text/plain',
  buffer: form('4.1', 'Enhedslisten', 'Flere sundhedsplejersker', '1,0'),
};
const minutes = {
  name: 'referat-okonomiudvalget.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    [
      'Referat',
      'Økonomiudvalget',
      `Mødedato: ${meetingDate.split('-').reverse().join('.')} kl. 15.00-17.30`,
      'Mødested: Rådhuset, mødelokale 1',
      'Deltagere: Anne Sørensen (formand), Jens Holm',
      'Punkt 1: Godkendelse af dagsorden',
      'Beslutning for Punkt 1',
      'Dagsordenen blev godkendt.',
      'Punkt 2: Budgetforslag om busser',
      'Udvalget drøfter forslag 6.1 om busforbindelser.',
      'Beslutning for Punkt 2',
      'Udvalget anbefaler forslaget. Der afsættes 2,4 mio. kr. årligt til flere busafgange.',
    ].join('\n\n'),
  ),
};

describe('importing documents in the browser', () => {
  const e2e = useE2e();
  const roundPath = `/rounds/${round.id}`;

  it('sets up the round through the API', async () => {
    const { id, name, firstYear, lastYear, calendar } = round;
    await e2e.api(e2e.people.coordinator, 'POST', '/rounds', {
      id,
      name,
      firstYear,
      lastYear,
      calendar,
    });
  });

  it('previews, then imports, a party’s forms; an edited form shows what it changes', async () => {
    const page = await e2e.newPage();
    await signInToRound(page, e2e.people.venstre, round);
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Importér', exact: true })
      .click();
    const heading = page.getByRole('heading', { level: 1, name: /^Importér forslag/ });
    await heading.waitFor();

    // Nothing chosen: the summary says so and takes the focus.
    await page.getByRole('button', { name: 'Forhåndsvis' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Dokumenterne kan ikke importeres' });
    await summary.waitFor();
    expect(
      await summary.evaluate((element) => element === element.ownerDocument.activeElement),
    ).toBe(true);

    await page.getByLabel(/^Dokumenter/).setInputFiles([venstreForm, otherPartyForm]);
    await page.getByRole('button', { name: 'Forhåndsvis' }).click();
    await page.getByRole('heading', { name: 'Forhåndsvisning' }).waitFor();
    const own = page.getByRole('listitem').filter({ hasText: 'Forslag 6.1' });
    await own.getByText('Oprettes som kladde').waitFor();
    const other = page.getByRole('listitem').filter({ hasText: 'Forslag 4.1' });
    await other.getByText('Kun forslagsstilleren selv kan oprette forslaget').waitFor();
    await inspect(page, 'import-forhaandsvisning');
    await e2e.api(e2e.people.venstre, 'GET', `${roundPath}/initiatives/6.1`).then(
      () => Promise.reject(new Error('6.1 exists after a preview')),
      () => undefined,
    );

    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page.getByRole('heading', { name: 'Importen er gennemført' }).waitFor();
    await page.getByText('Oprettet som kladde').waitFor();
    const draft = (await e2e.api(e2e.people.venstre, 'GET', `${roundPath}/initiatives/6.1`)) as {
      state: string;
      title: string;
    };
    expect(draft).toMatchObject({ state: 'draft', title: busTitle });

    await page.getByLabel(/^Dokumenter/).setInputFiles([editedForm]);
    await page.getByRole('button', { name: 'Forhåndsvis' }).click();
    await page.getByText('Kladden rettes').waitFor();
    const changes = page.getByRole('table', { name: 'Det ændres i kladden' });
    const firstYear = String(round.firstYear);
    await changes
      .getByRole('row', { name: new RegExp(`^Øvrig drift, ${firstYear}`) })
      .getByText('3,0 mio. kr.')
      .waitFor();
    await inspect(page, 'import-rettelse');

    await page.getByLabel(/^Dokumenter/).setInputFiles([venstreForm]);
    await page.getByRole('button', { name: 'Forhåndsvis' }).click();
    await page.getByText('Der er intet at importere.').waitFor();
    await page.getByText('Uændret').first().waitFor();
  });

  it('lets a coordinator attach a meeting’s minutes, linked to the initiatives they name', async () => {
    await e2e.api(e2e.people.venstre, 'POST', `${roundPath}/initiatives/6.1/submit`, {});
    const page = await e2e.newPage();
    await signInToRound(page, e2e.people.coordinator, round);
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Kalender', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
    await page
      .getByRole('link', { name: 'Referat og beslutninger: Økonomiudvalgets budgetmøde' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Møde · Økonomiudvalgets budgetmøde' })
      .waitFor();
    await page.getByText('Der er endnu intet referat af mødet.').waitFor();
    await page.getByLabel('Referat (skal udfyldes)').setInputFiles([minutes]);
    await page.getByRole('button', { name: 'Vedhæft referatet' }).click();
    await page.getByText('Referatet er vedhæftet mødet.').waitFor();
    await page.getByRole('heading', { name: 'Punkt 2: Budgetforslag om busser' }).waitFor();
    await page.getByRole('link', { name: `Forslag 6.1: ${busTitle}` }).waitFor();
    await page.getByText('2,4 mio. kr. årligt', { exact: true }).waitFor();
    await inspect(page, 'moede-referat');

    await page.getByLabel('Referat (skal udfyldes)').setInputFiles([minutes]);
    await page.getByRole('button', { name: 'Vedhæft referatet' }).click();
    await page.getByText('Netop dette referat var allerede vedhæftet mødet').waitFor();
  });
});
