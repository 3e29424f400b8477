import { blankLine, textLine, type TextLine } from '../text/lines';
import { isInstruction } from './instructions';
import { sectionText } from './section-text';

const lines = (...texts: string[]): TextLine[] =>
  texts.map((t) => (t === '' ? blankLine : textLine(t)));

describe('the text of a section', () => {
  it('joins wrapped lines and keeps paragraphs', () => {
    expect(sectionText(lines('Første linje', 'fortsætter her.', '', 'Nyt afsnit.')).text).toBe(
      'Første linje fortsætter her.\n\nNyt afsnit.',
    );
  });

  it('joins a paragraph broken by a blank line in mid-sentence', () => {
    expect(
      sectionText(
        lines('Der blev afsat 15 mio. kr. i', '', '2020, og mere (jf.', '', 'bl.a. aftalen).'),
      ).text,
    ).toBe('Der blev afsat 15 mio. kr. i 2020, og mere (jf. bl.a. aftalen).');
  });

  it('keeps the hyphen of a word broken at a line’s end ("e-læring")', () => {
    expect(sectionText(lines('et e-', 'læringskursus')).text).toBe('et e-læringskursus');
  });

  it('drops the template’s instructions, and says it did', () => {
    const read = sectionText(
      lines(
        'Beskriv kort, hvordan forslaget påvirker FN’s verdensmål (se hvordan samt eksempler her).',
        'Gerne med fokus på klima.',
      ),
    );
    expect(read).toEqual({ text: '', droppedInstructions: true, doubtful: [] });
    expect(sectionText(lines('Angiv antal årsværk. Projektet kræver to årsværk.')).text).toBe(
      'Projektet kræver to årsværk.',
    );
  });

  it('knows the instructions and not the content', () => {
    for (const text of [
      'Angiv antal',
      'Beløb angives med én decimal.',
      'Hvis der er tale om 1-årige projekter, anføres det.',
      'Anfør, hvilket område forslaget vedrører.',
    ]) {
      expect(isInstruction(text)).toBe(true);
    }
    for (const text of [
      'Vi angiver her vores forslag.',
      'Beskrivelsen følger nedenfor.',
      'Hvis forslaget vedtages, sker det.',
    ]) {
      expect(isInstruction(text)).toBe(false);
    }
  });
});
