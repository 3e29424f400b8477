import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DocumentError } from '../document-error';
import { lineText } from './lines';
import { extractPdf, linesOfPdfPages, type PdfItem } from './pdf';

const item = (text: string, x: number, y: number, size = 10): PdfItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
});

describe('PDF text', () => {
  it('groups items on a baseline into a line, cells at their positions', () => {
    const lines = linesOfPdfPages([
      [
        item('Øvrig drift', 56, 700),
        item('0,3', 330, 700),
        item('Økonomi (mio. kr.)', 56, 713),
        item('2025', 320, 713),
      ],
    ]);
    expect(lines.map(lineText)).toEqual(['Økonomi (mio. kr.) 2025', 'Øvrig drift 0,3', '']);
    expect(lines[1]!.cells.map((c) => c.x)).toEqual([56, 330]);
  });

  it('sees a paragraph break in a wider gap between lines, and a page break', () => {
    const lines = linesOfPdfPages([
      [item('Første linje', 56, 700), item('anden linje', 56, 687), item('Nyt afsnit', 56, 660)],
      [item('Næste side', 56, 786)],
    ]);
    expect(lines.map(lineText)).toEqual([
      'Første linje',
      'anden linje',
      '',
      'Nyt afsnit',
      '',
      'Næste side',
      '',
    ]);
    expect(lines[5]!.pageStart).toBe(true);
  });

  it('extracts the text of a real PDF, Danish letters included', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf
      .addPage()
      .drawText('Formål og indhold: Økonomi for området', { x: 50, y: 700, size: 11, font });
    const extracted = await extractPdf(await pdf.save());
    expect(extracted.lines.map(lineText)).toContain('Formål og indhold: Økonomi for området');
  });

  it('refuses a PDF it cannot read, and one without text, in Danish', async () => {
    await expect(extractPdf(new TextEncoder().encode('%PDF-1.7 ikke en pdf'))).rejects.toThrow(
      DocumentError,
    );
    const empty = await PDFDocument.create();
    empty.addPage();
    await expect(extractPdf(await empty.save())).rejects.toThrow(/ingen tekst/);
  });
});
