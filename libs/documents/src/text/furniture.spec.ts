import { removeFurniture } from './furniture';
import { blankLine, lineText, textLine } from './lines';

const texts = (lines: ReturnType<typeof removeFurniture>) =>
  lines.map(lineText).filter((t) => t !== '');

describe('page furniture', () => {
  it('removes page numbers wherever they stand', () => {
    const lines = [
      'Formål og indhold:',
      'Tekst.',
      '1 af 2',
      'Side 2 af 3',
      '- 2 -',
      'Mere tekst.',
    ].map((t) => textLine(t));
    expect(texts(removeFurniture(lines))).toEqual(['Formål og indhold:', 'Tekst.', 'Mere tekst.']);
  });

  it('removes the file name at the document’s end, not a sentence naming a file', () => {
    const lines = [
      textLine('Se bilaget i budget.pdf for detaljer.'),
      textLine('Første tekstudkast til budgetaftalen:'),
      textLine('Teksten.'),
      blankLine,
      textLine('\tForslag 4.2 - Omsorgstopmøde (D12535993).docx'),
    ];
    expect(texts(removeFurniture(lines))).toEqual([
      'Se bilaget i budget.pdf for detaljer.',
      'Første tekstudkast til budgetaftalen:',
      'Teksten.',
    ]);
  });

  it('removes a header repeated on every page, keeping its first appearance', () => {
    const lines = [
      textLine('Forslag 4.3'),
      textLine('INITIATIV 4.3: Titel'),
      textLine('Et langt afsnit.'),
      textLine('Forslag 4.3', { pageStart: true }),
      textLine('Afsnittet fortsætter.'),
    ];
    expect(texts(removeFurniture(lines))).toEqual([
      'Forslag 4.3',
      'INITIATIV 4.3: Titel',
      'Et langt afsnit.',
      'Afsnittet fortsætter.',
    ]);
  });

  it('sees a page’s end in a printed page number when the document has no pages', () => {
    const lines = ['Forslag 9.2', 'Tekst.', '1 af 2', 'Forslag 9.2', 'Mere tekst.'].map((t) =>
      textLine(t),
    );
    expect(texts(removeFurniture(lines))).toEqual(['Forslag 9.2', 'Tekst.', 'Mere tekst.']);
  });

  it('removes bare links left after the last text', () => {
    const lines = [
      'Beskriv kort.',
      'https://intranet.example/side.aspx?',
      'https://intranet.example/side.aspx?',
    ].map((t) => textLine(t));
    expect(texts(removeFurniture(lines))).toEqual(['Beskriv kort.']);
  });
});
