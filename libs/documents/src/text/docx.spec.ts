import { linesOfHtml } from './docx';
import { lineText } from './lines';

describe('Word documents through mammoth’s HTML', () => {
  it('makes a line per paragraph and one per table row with a cell per table cell', () => {
    const html =
      '<p><strong>Formål &amp; indhold:</strong></p><p>linje 1<br />linje 2</p>' +
      '<table><tr><td><p>Økonomi (mio. kr.)</p></td><td><p>2025</p></td><td><p>2026</p></td></tr>' +
      '<tr><td><p>Øvrig drift</p></td><td><p>0,3</p></td><td></td></tr></table><p>Slut</p>';
    const lines = linesOfHtml(html);
    expect(lines.map(lineText)).toEqual([
      'Formål & indhold:',
      '',
      'linje 1',
      'linje 2',
      '',
      'Økonomi (mio. kr.) 2025 2026',
      'Øvrig drift 0,3',
      '',
      'Slut',
      '',
    ]);
    expect(lines[6]!.cells).toEqual([
      { text: 'Øvrig drift', column: 0 },
      { text: '0,3', column: 1 },
      { text: '', column: 2 },
    ]);
  });
});
