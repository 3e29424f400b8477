import { Warnings } from '../warnings';
import { readAnswer } from './answers';
import { dateReferences, initiativeReferences } from './references';
import { readReview } from './review';

describe('what the text refers to', () => {
  it('finds other initiatives, and those it can be merged into', () => {
    expect(
      initiativeReferences(
        'elaboration',
        'Forslaget vil kunne indarbejdes i forslag 4.5 om ledelse. Se også initiativ 4.10 og forslag 4.2.',
        '4.2',
      ),
    ).toEqual([
      {
        number: '4.5',
        relation: 'canBeMergedInto',
        field: 'elaboration',
        text: 'Forslaget vil kunne indarbejdes i forslag 4.5 om ledelse.',
      },
      {
        number: '4.10',
        relation: 'mentions',
        field: 'elaboration',
        text: 'Se også initiativ 4.10 og forslag 4.2.',
      },
    ]);
  });

  it('finds dates, with the time when given', () => {
    const warnings = new Warnings();
    expect(
      dateReferences(
        'purpose',
        'Sagen behandles den 2. september 2025 kl. 14.00. Den 31. februar 2026 er ingen dag.',
        warnings,
      ),
    ).toEqual([
      {
        date: '2025-09-02',
        time: '14:00',
        field: 'purpose',
        text: 'Sagen behandles den 2. september 2025 kl. 14.00.',
      },
    ]);
    expect(warnings.list).toEqual([
      { field: 'purpose', message: '"Den 31. februar 2026" er ikke en gyldig dato' },
    ]);
  });

  it('reads the administration’s conclusion only where it says it', () => {
    expect(
      readReview('Forslaget kan løftes indenfor den eksisterende økonomiske ramme.', []).assessment
        .conclusion,
    ).toBe('withinExistingFrame');
    expect(readReview('Forslaget kræver ny finansiering.', []).assessment.conclusion).toBe(
      'requiresFunding',
    );
    expect(readReview('Et fint forslag.', []).assessment.conclusion).toBeNull();
  });

  it('answers the yes/no questions from a line of their own or a sentence', () => {
    const warnings = new Warnings();
    const line = (text: string) => [{ cells: [{ text }] }];
    expect(
      readAnswer('commitmentBudgeting', line('Kan tilsagnsbudgetteres: Ja'), '', warnings),
    ).toBe(true);
    expect(readAnswer('scalable', [], 'Projektet kan ikke skaleres.', warnings)).toBe(false);
    expect(readAnswer('scalable', [], 'Intet om det.', warnings)).toBeNull();
    expect(
      readAnswer(
        'scalable',
        line('Kan skaleres op eller ned: Nej'),
        'Det kan skaleres op.',
        warnings,
      ),
    ).toBeNull();
    expect(warnings.list.map((w) => w.field)).toEqual(['scalable']);
  });
});
