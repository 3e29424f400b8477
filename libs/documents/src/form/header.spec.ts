import { textLine } from '../text/lines';
import { Warnings } from '../warnings';
import { readNumber, readSubmittedBy } from './header';

const lines = (...texts: string[]) => texts.map((t) => textLine(t));

describe('the form’s header', () => {
  it('reads the number from the title heading and the page header', () => {
    const warnings = new Warnings();
    expect(
      readNumber(
        '4.3',
        lines('Forslag 4.3', 'Forslag til budgetinitiativ i budget 2026-2029'),
        undefined,
        warnings,
      ),
    ).toBe('4.3');
    expect(warnings.list).toEqual([]);
  });

  it('leaves the number empty when two disagree, and names them', () => {
    const warnings = new Warnings();
    expect(readNumber('5.4', lines('Forslag 5.3'), undefined, warnings)).toBeNull();
    expect(warnings.list[0]?.message).toMatch(/5\.4 og 5\.3/);
  });

  it('mentions the number in the file’s name without using it', () => {
    const warnings = new Warnings();
    expect(readNumber(null, [], 'Forslag 4.2 - Omsorgstopmøde.docx', warnings)).toBeNull();
    expect(warnings.list[0]?.message).toBe(
      'Forslagets nummer står ikke i dokumentet (filnavnet nævner 4.2)',
    );
  });

  it('reads who submits: party groups jointly, or the administration', () => {
    const read = (text: string) => readSubmittedBy(lines(text), new Warnings());
    expect(read('Enhedslisten')).toEqual({ kind: 'partyGroups', partyGroups: ['Enhedslisten'] });
    expect(read('Enhedslisten (Ø), SF og Radikale Venstre')).toEqual({
      kind: 'partyGroups',
      partyGroups: ['Enhedslisten', 'SF', 'Radikale Venstre'],
    });
    expect(read('Administrationen')).toEqual({ kind: 'administration' });
  });

  it('leaves it empty, with a warning, when missing or blank', () => {
    const warnings = new Warnings();
    expect(readSubmittedBy(undefined, warnings)).toBeNull();
    expect(readSubmittedBy(lines(''), warnings)).toBeNull();
    expect(warnings.list.map((w) => w.field)).toEqual(['submittedBy', 'submittedBy']);
  });
});
