import { createHash } from 'node:crypto';
import { type Initiative, mioKrFromKroner } from '@budgetflow/domain';
import { Document, Packer } from 'docx';
import { htmlToContent } from 'docx/html';
import { createInitiativeBody } from '../form/read-form';
import { readDocument } from '../read-document';
import { economy, initiative, roundInitiatives } from './fixtures.spec-helper';
import {
  initiativeFormContentSecurityPolicy,
  renderInitiativeFormHtml,
} from './initiative-form-html';

const round = { name: 'Budget 2026-2029' };
const printedAt = new Date('2025-08-28T10:00:00Z');

/** A filled-in form with every section, two areas and both questions answered. */
const filled = initiative(
  '4.7',
  'inNegotiation',
  {
    title: 'Sund mad på <alle> hospitaler & i psykiatrien',
    submittedBy: { kind: 'partyGroups', partyGroups: ['Socialdemokratiet', 'SF'] },
    purpose: 'Maden skal være sund og lokal.\n\nKøkkenerne får hjælp til omstillingen.',
    background: 'Patienter spiser for lidt, når maden ikke frister.',
    economy: economy(
      {
        establishmentCosts: { '2026': 1.5 },
        salaries: { '2026': 0.8, '2027': 0.8 },
        otherOperations: { '2027': 0.4, '2028': 1234.5 },
      },
      { '2026': 1.5, '2027': 2 },
    ),
    elaboration: 'Forslaget følger op på erfaringer fra tre køkkener.',
    financing: [
      { area: 'health', share: '2/3' },
      { area: 'social', share: '1/3' },
    ],
    commitmentBudgeting: false,
    scalable: true,
    agreementTextDraft: 'Partierne afsætter midler til sund mad på hospitalerne.',
    sustainableDevelopmentGoals: 'Mindre madspild støtter verdensmål 12.',
  },
  {
    review: {
      comments: 'Administrationen kan gennemføre forslaget som beskrevet.',
      assessment: { conclusion: 'requiresFunding', canBeMergedInto: '4.9' },
      by: 'embedsmand',
      at: '2025-06-01T08:00:00.000Z',
    },
  },
);

/** The form's fields as the API's create body has them (mio. kr., årsværk). */
function formBody(initiative: Initiative) {
  const { form } = initiative;
  const inMio = (amounts: Readonly<Record<string, number>>) =>
    Object.fromEntries(
      Object.entries(amounts).map(([year, kroner]) => [year, mioKrFromKroner(kroner)]),
    );
  return {
    number: initiative.number,
    title: form.title,
    submittedBy: form.submittedBy,
    purpose: form.purpose,
    background: form.background,
    economy: {
      establishmentCosts: inMio(form.economy.establishmentCosts),
      salaries: inMio(form.economy.salaries),
      otherOperations: inMio(form.economy.otherOperations),
      staffFte: Object.fromEntries(
        Object.entries(form.economy.staffFteTenths).map(([year, tenths]) => [year, tenths / 10]),
      ),
    },
    elaboration: form.elaboration,
    financing: form.financing,
    commitmentBudgeting: form.commitmentBudgeting,
    scalable: form.scalable,
    agreementTextDraft: form.agreementTextDraft,
    sustainableDevelopmentGoals: form.sustainableDevelopmentGoals,
  };
}

/** The printed form as Word reads an HTML page and saves it as .docx, then imported. */
async function importPrinted(html: string) {
  const bytes = await Packer.toBuffer(
    new Document({ sections: [{ children: htmlToContent(html) }] }),
  );
  return readDocument(`forslag.docx`, bytes);
}

describe('the printable form (HTML)', () => {
  const html = renderInitiativeFormHtml({ initiative: filled, round, printedAt });

  it('is a self-contained Danish page with the form’s sections in the form’s order', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(html).toContain(
      '<title>Forslag 4.7: Sund mad på &lt;alle&gt; hospitaler &amp; i psykiatrien – Budget 2026-2029</title>',
    );
    expect(html).not.toMatch(/<script|<link|src=/i);
    const headings = [...html.matchAll(/<h([12])[^>]*>(.*?)<\/h\1>/g)].map(([, , text]) => text);
    expect(headings).toEqual([
      'INITIATIV 4.7: Sund mad på &lt;alle&gt; hospitaler &amp; i psykiatrien',
      'Formål og indhold:',
      'Baggrund og argumentation:',
      'Administrationens bemærkninger:',
      'Konsekvenser:',
      'Evt. uddybende beskrivelse:',
      'Finansiering:',
      'Første tekstudkast til budgetaftalen:',
      'Budgetinitiativets understøttelse af FN&#39;s verdensmål:',
    ]);
    expect(html).toContain('<strong>Fremsat af:</strong> Socialdemokratiet og SF');
    expect(html).toContain('Tilstand: Til forhandling');
    expect(html).toContain('@media print');
  });

  it('has the economy and staff tables by year, with headers for each row and column', () => {
    expect(html).toContain(
      '<thead><tr><th scope="col">Økonomi (mio. kr.)</th><th scope="col">2026</th><th scope="col">2027</th><th scope="col">2028</th><th scope="col">2029</th></tr></thead>',
    );
    expect(html).toContain(
      '<tr><th scope="row">Øvrig drift</th><td></td><td>0,4</td><td>1.234,5</td><td></td></tr>',
    );
    expect(html).toContain(
      '<tr><th scope="row">Udgifter i alt</th><td>2,3</td><td>1,2</td><td>1.234,5</td><td></td></tr>',
    );
    expect(html).toContain(
      '<tr><th scope="row">Årsværk (hvis der skal ansættes nye)</th><td>1,5</td><td>2</td><td></td><td></td></tr>',
    );
    expect(html).toContain('<tr><th scope="row">Sundhedskassen</th><td>2/3</td></tr>');
    expect(html).toContain('<tr><th scope="row">Den regionale udviklingskasse</th><td></td></tr>');
    expect(html).toContain('<p>Kan tilsagnsbudgetteres: Nej</p>');
    expect(html).toContain('<p>Kan skaleres op eller ned: Ja</p>');
  });

  it('lets only its own style sheet apply (the policy carries its hash)', () => {
    const style = /<style>(.*?)<\/style>/s.exec(html)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(initiativeFormContentSecurityPolicy).toContain(`'sha256-${hash}'`);
    expect(initiativeFormContentSecurityPolicy).toMatch(/^default-src 'none'/);
  });

  it('shows the administration’s work only as given: no review, no costing, no section for them', () => {
    const bare = renderInitiativeFormHtml({
      initiative: { ...filled, review: null, costing: null },
      round,
      printedAt,
    });
    expect(bare).not.toContain('Administrationens bemærkninger');
    expect(bare).not.toContain('Prisfastsat');
    const costed = renderInitiativeFormHtml({ initiative: roundInitiatives[3]!, round, printedAt });
    expect(costed).toContain(
      'Prisfastsat af administrationen (mio. kr.): 2028: 2,5, 2029: 0,5; i alt 3,0 mio. kr.; finansiering: Det sociale område',
    );
  });

  it('round trip: imported again, the printed form gives the same fields', async () => {
    const imported = await importPrinted(html);
    expect(imported.kind).toBe('initiative');
    if (imported.kind !== 'initiative') return;
    expect(imported.warnings).toEqual([]);
    expect(createInitiativeBody(imported.document)).toEqual(formBody(filled));
    expect(imported.document.review.comments).toContain(filled.review!.comments);
    expect(imported.document.review.assessment.canBeMergedInto).toBe('4.9');
    expect(imported.document.budgetPeriod).toBe('2026-2029');
  });

  it('round trip: a sparse form (one area, questions unanswered, empty sections) too', async () => {
    for (const one of [roundInitiatives[1]!, roundInitiatives[0]!]) {
      const imported = await importPrinted(
        renderInitiativeFormHtml({ initiative: one, round, printedAt }),
      );
      if (imported.kind !== 'initiative') throw new Error('Ikke læst som et forslag');
      expect(createInitiativeBody(imported.document)).toEqual(formBody(one));
    }
  });
});
