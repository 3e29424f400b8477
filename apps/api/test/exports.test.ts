import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInitiativeBody, readDocument } from '@budgetflow/documents';
import { formatMioKr } from '@budgetflow/domain';
import { Document, Packer } from 'docx';
import { htmlToContent } from 'docx/html';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { as, type TestActor } from './support/actors';
import { docxMediaType, xlsxMediaType } from './support/document-text';
import { partyForm, reviewBody } from './support/forms';
import { startTestSystem, type TestSystem } from './support/test-system';
import { createAndWalk, walk } from './support/walk';

// Documents out, through the API: the agreement's draft (.docx), the list (.xlsx) and the
// printable form (HTML), downloaded as a reader gets them, parsed back, their sums held against
// the API's own totals; the form imported again gives the same fields; LibreOffice opens the
// files when it is installed.

interface Totals {
  years: { year: number; total: { kroner: number }; areas: { area: string; kroner: number }[] }[];
  total: { kroner: number };
}

type Formula = { formula: string; result?: number };

const areaLabels: Record<string, string> = {
  health: 'Sundhedskassen',
  regionalDevelopment: 'Den regionale udviklingskasse',
  social: 'Det sociale område',
  unassigned: 'Ikke angivet',
};

/** "0,7": the amount as the documents write it in a table (mio. kr. in the heading). */
const cell = (kroner: number) => formatMioKr(kroner).replace(/ mio\. kr\.$/, '');
/** mio. kr. as the workbook's cells hold them; exceljs reads a stored 0 back as no result. */
const mio = (kroner: number) => kroner / 1_000_000;
const resultOf = (value: unknown) => (value as Formula).result ?? 0;

const roundYears = [2026, 2027, 2028, 2029];

/** The API's totals per year of the round (of one area), in kroner; a year it leaves out is 0. */
function perYear(totals: Totals, area?: string): number[] {
  return roundYears.map((year) => {
    const found = totals.years.find((one) => one.year === year);
    if (!found) return 0;
    if (area === undefined) return found.total.kroner;
    return found.areas.find((one) => one.area === area)?.kroner ?? 0;
  });
}

const office = ['soffice', 'libreoffice'].find((name) => {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

describe('documents out', () => {
  let system: TestSystem;
  const coordinator = as.coordinator;

  beforeAll(async () => {
    system = await startTestSystem();
    const { http } = system;
    const cost = async (number: string, body: object) => {
      await walk(system, number, 'draft', 'inReview');
      await http
        .post(system.initiativePath(number, 'complete-review'), reviewBody, as.administration)
        .expect(200);
      await http.post(system.initiativePath(number, 'cost'), body, as.administration).expect(200);
    };
    const create = (number: string, overrides: Record<string, unknown>) =>
      http
        .post(
          `/rounds/${system.roundId}/initiatives`,
          { number, ...partyForm('Enhedslisten', overrides) },
          as.party('Enhedslisten'),
        )
        .expect(201);

    // 4.2 and 4.5 included (4.5 split between two areas, with staff); 4.3 merged into 4.5.
    await createAndWalk(system, '4.2', 'included', {
      title: 'Temadag om omsorg',
      agreementTextDraft: 'Vi afholder en temadag om omsorg.',
    });
    await create('4.5', {
      title: 'Medmenneskelig ledelse',
      purpose: 'Ledere skal have tid til medarbejderne.\n\nDet kræver uddannelse.',
      economy: { salaries: { '2026': 1.2, '2027': 1.2 }, staffFte: { '2026': 2 } },
      financing: [
        { area: 'health', share: '1/3' },
        { area: 'regionalDevelopment', share: '2/3' },
      ],
      scalable: true,
      agreementTextDraft: 'Partierne styrker den medmenneskelige ledelse.',
    });
    await cost('4.5', {
      economy: { salaries: { '2026': 1.2, '2027': 1.5 }, staffFte: { '2026': 2, '2027': 2.5 } },
      financing: [
        { area: 'health', share: '1/3' },
        { area: 'regionalDevelopment', share: '2/3' },
      ],
    });
    // Merged while 4.5 is open: an included initiative takes no more.
    await createAndWalk(system, '4.3', 'submitted', { title: 'Omsorg i hverdagen' });
    await http
      .post(system.initiativePath('4.3', 'merge'), { into: '4.5' }, coordinator)
      .expect(200);
    await walk(system, '4.5', 'costed', 'included');

    // 5.1 included, financed socially; 5.2 rejected; 6.1 in negotiation.
    await create('5.1', {
      title: 'Bosteder med flere hænder',
      economy: { otherOperations: { '2028': 2.5, '2029': 2.5 } },
      financing: [{ area: 'social', share: '1' }],
      agreementTextDraft: 'Bostederne får flere hænder.',
    });
    await cost('5.1', {
      economy: { otherOperations: { '2028': 2.5, '2029': 2.5 } },
      financing: [{ area: 'social', share: '1' }],
    });
    await walk(system, '5.1', 'costed', 'included');
    await createAndWalk(system, '5.2', 'submitted', { title: 'Et afvist forslag' });
    await http
      .post(system.initiativePath('5.2', 'reject'), { reason: 'Ikke flertal' }, coordinator)
      .expect(200);
    await createAndWalk(system, '6.1', 'inNegotiation', {
      title: 'Cykelstier til hospitalerne',
      economy: { establishmentCosts: { '2027': 4 } },
      financing: [{ area: 'regionalDevelopment', share: '1' }],
    });

    // Another party's draft: theirs alone.
    await http
      .post(
        `/rounds/${system.roundId}/initiatives`,
        { number: '7.1', ...partyForm('Venstre', { title: 'Venstres kladde' }) },
        as.party('Venstre'),
      )
      .expect(201);
  });
  afterAll(() => system.stop());

  /** The file's bytes as they came (supertest would decode an unknown type as text). */
  const download = async (path: string, reader: TestActor) =>
    system.http.get(path, reader).responseType('blob').expect(200);
  const totals = async (query: string, reader: TestActor = coordinator): Promise<Totals> =>
    (
      await system.http
        .get(`/initiatives/totals?round=${system.roundId}${query}`, reader)
        .expect(200)
    ).body;

  async function workbook(query = '', reader: TestActor = coordinator) {
    const response = await download(
      `/rounds/${system.roundId}/exports/initiatives.xlsx${query}`,
      reader,
    );
    expect(response.headers['content-type']).toBe(xlsxMediaType);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body as ArrayBuffer);
    const sheet = book.getWorksheet('Forslagsliste')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const labelled = (...start: unknown[]) => {
      const found = rows.filter((row) => start.every((value, i) => (row[i] ?? null) === value));
      expect(found).toHaveLength(1);
      return found[0]!;
    };
    const numbers = rows
      .map((row) => row[0])
      .filter((value): value is string => typeof value === 'string' && /^\d+\.\d+$/.test(value));
    return { response, rows, labelled, numbers };
  }

  it('downloads the draft of the budget agreement as a Word file whose overview is the API’s totals', async () => {
    const response = await download(
      `/rounds/${system.roundId}/exports/budget-agreement.docx`,
      coordinator,
    );
    expect(response.headers['content-type']).toBe(docxMediaType);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Budgetaftale - udkast - Budget 2026-2029.docx"; filename*=UTF-8''Budgetaftale%20%E2%80%93%20udkast%20%E2%80%93%20Budget%202026-2029.docx`,
    );
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: response.body });
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    const headings = [...html.matchAll(/<h[123]>(.*?)<\/h[123]>/g)].map(([, text]) => text);
    expect(headings).toEqual([
      'Budgetaftale – udkast',
      'Udvalg 4',
      '4.2 Temadag om omsorg',
      '4.5 Medmenneskelig ledelse',
      'Udvalg 5',
      '5.1 Bosteder med flere hænder',
      'Økonomisk overblik',
      'Indarbejdede forslag',
    ]);
    expect(html).toContain('<p>Partierne styrker den medmenneskelige ledelse.</p>');
    expect(html).not.toContain('Cykelstier');

    const tables = [...html.matchAll(/<table>(.*?)<\/table>/gs)].map(([, table]) =>
      [...table!.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) =>
        [...row!.matchAll(/<t[dh]>(.*?)<\/t[dh]>/gs)].map(([, c]) => c!.replace(/<[^>]+>/g, '')),
      ),
    );
    const included = await totals('&state=included');
    const [header, ...rows] = tables[0]!;
    expect(header).toEqual(['Finansieringsområde', '2026', '2027', '2028', '2029', 'I alt']);
    const byArea = new Map(rows.map((row) => [row[0], row.slice(1)]));
    for (const area of ['health', 'regionalDevelopment', 'social']) {
      const amounts = perYear(included, area);
      expect([area, byArea.get(areaLabels[area])]).toEqual([
        area,
        [...amounts.map(cell), cell(amounts.reduce((a, b) => a + b, 0))],
      ]);
    }
    expect(byArea.get('I alt')).toEqual([
      ...perYear(included).map(cell),
      cell(included.total.kroner),
    ]);
    expect(tables[1]).toEqual([
      ['Forslag', 'Fremsat af', 'Indarbejdet i'],
      ['4.3 Omsorg i hverdagen', 'Enhedslisten', '4.5 Medmenneskelig ledelse'],
    ]);
  });

  it('downloads the list as a workbook whose sums are formulas with the list’s totals', async () => {
    const { response, labelled, numbers } = await workbook();
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''Forslagsliste%20%E2%80%93%20Budget%202026-2029.xlsx`,
    );
    const listed = await system.http
      .get(`/initiatives?round=${system.roundId}&pageSize=200`, coordinator)
      .expect(200);
    const mainList = numbers.slice(0, listed.body.total);
    expect(mainList).toEqual(listed.body.items.map((item: { number: string }) => item.number));
    expect(mainList).not.toContain('7.1');

    const all = await totals('');
    const grand = labelled(null, 'I alt, alle forslag');
    expect(grand.slice(4, 9).map(resultOf)).toEqual([
      ...perYear(all).map(mio),
      mio(all.total.kroner),
    ]);
    expect((grand[4] as Formula).formula).toMatch(/^SUM\(E\d+,E\d+,E\d+\)$/);
    for (const area of ['health', 'regionalDevelopment', 'social']) {
      const row = labelled(null, 'I alt', areaLabels[area]);
      expect((row[4] as Formula).formula).toMatch(/^SUMIF\(/);
      expect([area, row.slice(4, 8).map(resultOf)]).toEqual([area, perYear(all, area).map(mio)]);
    }
    const committee4 = labelled(null, 'I alt, udvalg 4');
    expect(committee4[4]).toMatchObject({ formula: expect.stringMatching(/^SUM\(E\d+:E\d+\)$/) });
    const row45 = labelled('4.5', 'Medmenneskelig ledelse', 'Enhedslisten');
    // The costing counts: 1,5 in 2027 and 2,5 årsværk.
    expect(row45.slice(4, 6)).toEqual([1.2, 1.5]);
    expect(row45.slice(9, 11)).toEqual([2, 2.5]);
    expect(labelled('4.3', 'Omsorg i hverdagen', 'Enhedslisten')[3]).toBe(
      'Indarbejdet i andet forslag (4.5)',
    );
  });

  it('filters the workbook as the list, and its sums stay the filtered totals', async () => {
    const { labelled, numbers, rows } = await workbook('?state=included&committee=4');
    expect(numbers.slice(0, 2)).toEqual(['4.2', '4.5']);
    expect(String(rows[1]![0])).toContain('Filter: Tilstand: Med i budgetaftalen, Udvalg: 4');
    const filtered = await totals('&state=included&committee=4');
    expect(labelled(null, 'I alt, alle forslag').slice(4, 9).map(resultOf)).toEqual([
      ...perYear(filtered).map(mio),
      mio(filtered.total.kroner),
    ]);
    const bad = await system.http
      .get(`/rounds/${system.roundId}/exports/initiatives.xlsx?state=nope`, coordinator)
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field)).toEqual(['state']);
  });

  it('prints one initiative in the form’s layout, which imported again gives the same fields', async () => {
    const response = await system.http
      .get(`/rounds/${system.roundId}/initiatives/4.5/form.html`, as.party('Venstre'))
      .expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^inline; filename="Forslag 4.5 - Medmenneskelig ledelse.html"/,
    );
    expect(response.headers['content-security-policy']).toMatch(
      /^default-src 'none'; style-src 'sha256-/,
    );
    expect(response.text).toContain('<h1>INITIATIV 4.5: Medmenneskelig ledelse</h1>');

    const word = await Packer.toBuffer(
      new Document({ sections: [{ children: htmlToContent(response.text) }] }),
    );
    const imported = await readDocument('forslag-4.5.docx', word);
    if (imported.kind !== 'initiative') throw new Error('Ikke læst som et forslag');
    expect(imported.warnings).toEqual([]);
    const one = (await system.http.get(system.initiativePath('4.5'), as.party('Venstre'))).body;
    const { establishmentCosts, salaries, otherOperations, staffFte } = one.economy;
    expect(createInitiativeBody(imported.document)).toEqual({
      number: one.number,
      title: one.title,
      submittedBy: one.submittedBy,
      purpose: one.purpose,
      background: one.background,
      economy: { establishmentCosts, salaries, otherOperations, staffFte },
      elaboration: one.elaboration,
      financing: one.financing.map(({ area, share }: { area: string; share: string }) => ({
        area,
        share,
      })),
      commitmentBudgeting: one.commitmentBudgeting,
      scalable: one.scalable,
      agreementTextDraft: one.agreementTextDraft,
      sustainableDevelopmentGoals: one.sustainableDevelopmentGoals,
    });
  });

  it('gives a draft only to its own party, in the list and as a form; an unknown round is 404', async () => {
    const { http, roundId } = system;
    await http.get(`/rounds/${roundId}/initiatives/7.1/form.html`, as.party('Venstre')).expect(200);
    for (const reader of [as.party('Enhedslisten'), coordinator, as.administration]) {
      await http.get(`/rounds/${roundId}/initiatives/7.1/form.html`, reader).expect(404);
    }
    expect((await workbook('', as.party('Venstre'))).numbers).toContain('7.1');
    expect((await workbook('', as.party('Enhedslisten'))).numbers).not.toContain('7.1');
    const unknown = await http
      .get('/rounds/ukendt-runde/exports/budget-agreement.docx', coordinator)
      .expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    await http.get('/rounds/ukendt-runde/exports/initiatives.xlsx', coordinator).expect(404);
    await http.get(`/rounds/${roundId}/exports/initiatives.xlsx`).expect(401);
  });

  (office ? it : it.skip)(
    `opens both files in LibreOffice (${office ?? 'not installed'})`,
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'budgetflow-exports-'));
      try {
        const files = {
          'aftale.docx': `/rounds/${system.roundId}/exports/budget-agreement.docx`,
          'forslag.xlsx': `/rounds/${system.roundId}/exports/initiatives.xlsx`,
        };
        for (const [name, path] of Object.entries(files)) {
          writeFileSync(join(folder, name), (await download(path, coordinator)).body);
        }
        execFileSync(
          office!,
          [
            `-env:UserInstallation=file://${join(folder, 'profile')}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            folder,
            ...Object.keys(files).map((name) => join(folder, name)),
          ],
          { stdio: 'ignore', timeout: 120_000 },
        );
        expect(
          readdirSync(folder)
            .filter((name) => name.endsWith('.pdf'))
            .sort(),
        ).toEqual(['aftale.pdf', 'forslag.pdf']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});
