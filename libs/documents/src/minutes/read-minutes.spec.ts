import { blankLine, textLine } from '../text/lines';
import { mapText, ocrDamage } from '../fixtures/layout';
import { expectedMinutes, minutesBlocks } from '../fixtures/minutes-fixtures';
import { renderDocx } from '../fixtures/render-docx';
import { renderPdf } from '../fixtures/render-pdf';
import { renderTxt } from '../fixtures/render-txt';
import { readDocument } from '../read-document';
import { decidedAmounts } from './amounts';
import { readMinutes } from './read-minutes';

const renderers = {
  txt: renderTxt,
  docx: renderDocx,
  pdf: (blocks: Parameters<typeof renderPdf>[0]) =>
    renderPdf(blocks, { header: 'Økonomiudvalget', fileName: 'referat.pdf' }),
};

describe('meeting minutes', () => {
  for (const [format, render] of Object.entries(renderers)) {
    it(`reads the meeting, its items, presenters, times and decisions from .${format}`, async () => {
      const read = await readDocument(`referat.${format}`, await render(minutesBlocks));
      expect(read).toEqual({ kind: 'minutes', format, document: expectedMinutes, warnings: [] });
    });

    it(`reads them through OCR damage from .${format}`, async () => {
      const read = await readDocument(
        `referat.${format}`,
        await render(mapText(minutesBlocks, ocrDamage('full'))),
      );
      expect(read.document).toEqual(expectedMinutes);
    });
  }

  it('reads decided amounts as exact kroner, yearly or for a year', () => {
    expect(
      decidedAmounts('Der afsættes 5,5 mio. kr. årligt og 250.000 kr. i 2026 samt 1,2 mia. kr.')
        .amounts,
    ).toEqual([
      { text: '5,5 mio. kr. årligt', kroner: 5_500_000, perYear: true, year: null },
      { text: '250.000 kr. i 2026', kroner: 250_000, perYear: false, year: 2026 },
      { text: '1,2 mia. kr.', kroner: 1_200_000_000, perYear: false, year: null },
    ]);
  });

  it('warns of what it cannot find, and of a decision for an item that is not there', () => {
    const { document, warnings } = readMinutes(
      [
        'Referat',
        'Punkt 1: Orientering',
        'Sagen blev drøftet.',
        'Beslutning for Punkt 2',
        'Godkendt.',
      ].map((t) => textLine(t)),
    );
    expect(document.items).toHaveLength(1);
    expect(document.items[0]!.decision).toBe('');
    expect(warnings.map((w) => w.field)).toEqual([
      'title',
      'date',
      'time',
      'place',
      'participants',
      'items',
      'items.1.decision',
    ]);
  });

  it('reads participants over several lines, up to the next field', () => {
    const { document } = readMinutes(
      [
        'Regionsrådet',
        'Deltagere: Anne Holm,',
        'Bo Lind og Eva Berg',
        'Mødested: Regionsgården',
      ].map((t) => textLine(t)),
    );
    expect(document.participants).toEqual(['Anne Holm', 'Bo Lind', 'Eva Berg']);
    expect(document.place).toBe('Regionsgården');
    expect(document.meeting).toEqual({ body: 'regionsraadet' });
  });

  it('leaves out a participant whose name OCR left doubtful, and says so', () => {
    const lines = [
      'Referat',
      'Udvalg for sundhed',
      'Deltagere: Anne Holm, Per @rnbjerg',
      blankLine,
    ].map((l) =>
      typeof l === 'string' ? textLine(l, l.includes('@') ? { doubtful: ['@rnbjerg'] } : {}) : l,
    );
    const { document, warnings } = readMinutes(lines);
    expect(document.participants).toEqual(['Anne Holm']);
    expect(warnings).toContainEqual({
      field: 'participants',
      message: '"Per @rnbjerg" kan ikke læses sikkert og er udeladt',
    });
  });
});
