import mammoth from 'mammoth';
import { renderAgreementDocx } from './agreement-docx';
import { generatedAt, initiative, round, roundInitiatives } from './fixtures.spec-helper';

/** The document read back as Word's readers read it: mammoth's HTML, tags as markers. */
async function readBack(bytes: Buffer): Promise<string> {
  const { value, messages } = await mammoth.convertToHtml({ buffer: bytes });
  expect(messages.filter((message) => message.type === 'error')).toEqual([]);
  return value;
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The rows of the table that follows the heading, as cell texts. */
function tableAfter(html: string, heading: string): string[][] {
  const start = html.indexOf(`<h2>${heading}</h2>`);
  expect(start).toBeGreaterThan(-1);
  const table = /<table>(.*?)<\/table>/s.exec(html.slice(start))![1]!;
  return [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) =>
    [...row!.matchAll(/<t[dh]>(.*?)<\/t[dh]>/gs)].map(([, cell]) => text(cell!)),
  );
}

describe('the budget agreement draft (.docx)', () => {
  let html: string;

  beforeAll(async () => {
    const bytes = await renderAgreementDocx({ round, initiatives: roundInitiatives, generatedAt });
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    html = await readBack(bytes);
  });

  it('has the title and the round, then the committees with their included initiatives in number order', () => {
    expect(html).toMatch(/^<h1>Budgetaftale – udkast<\/h1><p><strong>Budget 2026-2029<\/strong>/);
    const headings = [...html.matchAll(/<h([23])>(.*?)<\/h\1>/g)].map(([, level, title]) =>
      level === '2' ? title : `  ${title}`,
    );
    expect(headings).toEqual([
      'Udvalg 4',
      '  4.2 Temadag om omsorg',
      '  4.10 Flere hænder i akutmodtagelsen',
      'Udvalg 5',
      '  5.1 Grøn transport til uddannelser',
      'Udvalg 12',
      '  12.1 Endnu ikke finansieret',
      'Økonomisk overblik',
      'Indarbejdede forslag',
    ]);
  });

  it('gives each included initiative its parties and its first text draft, paragraph by paragraph', () => {
    const section = html.slice(html.indexOf('4.10 Flere'), html.indexOf('Udvalg 5'));
    expect(text(section)).toContain('Fremsat af: Socialdemokratiet og SF');
    expect(section).toContain('<p>Partierne styrker akutmodtagelsen med flere hænder.</p>');
    expect(section).toContain('<p>Indsatsen følges op i 2027.</p>');
    expect(text(section)).toContain(
      'Økonomi (mio. kr.): 2026: 1,2 · 2027: 1,2; i alt 2,4. Finansiering: Sundhedskassen 1/3, Den regionale udviklingskasse 2/3.',
    );
    // The costing counts, not the party's estimate.
    expect(text(html)).toContain(
      '2028: 2,5 · 2029: 0,5; i alt 3,0. Finansiering: Det sociale område.',
    );
    expect(text(html)).toContain('Indarbejdede forslag: 4.3.');
    expect(text(html)).toContain('Forslaget har intet tekstudkast til budgetaftalen.');
    expect(html).not.toContain('Denne tekst må ikke stå i aftalen');
  });

  it('sums the included initiatives per year and financing area in Danish format', () => {
    expect(tableAfter(html, 'Økonomisk overblik')).toEqual([
      ['Finansieringsområde', '2026', '2027', '2028', '2029', 'I alt'],
      // 0,3 + 1/3 of 1,2 (4.2 and 4.10); 2/3 of 1,2; 5.1's costing; 12.1 without financing.
      ['Sundhedskassen', '0,7', '0,4', '0,0', '0,0', '1,1'],
      ['Den regionale udviklingskasse', '0,8', '0,8', '0,0', '0,0', '1,6'],
      ['Det sociale område', '0,0', '0,0', '2,5', '0,5', '3,0'],
      ['Ikke angivet', '0,0', '0,0', '0,0', '-0,1', '-0,1'],
      ['I alt', '1,5', '1,2', '2,5', '0,4', '5,6'],
    ]);
  });

  it('lists the merged initiatives with what they were merged into', () => {
    expect(tableAfter(html, 'Indarbejdede forslag')).toEqual([
      ['Forslag', 'Fremsat af', 'Indarbejdet i'],
      ['4.3 Omsorg i hverdagen', 'Enhedslisten', '4.2 Temadag om omsorg'],
    ]);
  });

  it('says so when nothing is included or merged yet, and writes 1.234,5 with a thousands separator', async () => {
    const empty = await readBack(
      await renderAgreementDocx({ round, initiatives: [], generatedAt }),
    );
    expect(text(empty)).toContain('Ingen forslag er med i budgetaftalen endnu.');
    expect(text(empty)).toContain('Ingen forslag er indarbejdet i andre forslag.');
    const large = await readBack(
      await renderAgreementDocx({
        round,
        initiatives: [
          initiative('7.1', 'included', {
            economy: { ...roundInitiatives[0]!.form.economy, salaries: { '2026': 1_234_500_000 } },
            financing: [{ area: 'health', share: '1' }],
          }),
        ],
        generatedAt,
      }),
    );
    expect(tableAfter(large, 'Økonomisk overblik')[1]).toEqual([
      'Sundhedskassen',
      '1.234,5',
      '0,0',
      '0,0',
      '0,0',
      '1.234,5',
    ]);
  });
});
