import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ocrDamage } from '../src/fixtures/layout';
import { type ImportedDocument, readDocument } from '../src';

// Real forms from ../shared/seeds (beside the repository), when present: a fresh clone has no
// such folder, and then this suite is skipped.
const seeds = resolve(__dirname, '..', '..', '..', '..', 'shared', 'seeds');
const present = existsSync(seeds);
const describeSeeds = present ? describe : describe.skip;

async function readSeed(
  name: string,
  change: (text: string) => string = (t) => t,
): Promise<ImportedDocument> {
  const text = change(readFileSync(join(seeds, name), 'utf8'));
  return readDocument(name, new TextEncoder().encode(text));
}

async function initiative(name: string, change?: (text: string) => string) {
  const read = await readSeed(name, change);
  if (read.kind !== 'initiative') throw new Error(`${name} er ikke læst som et forslag`);
  return read;
}

describeSeeds('the real forms in ../shared/seeds', () => {
  it('reads 4.2: number, title, party, financing, the reference to 4.5, and not a guessed year', async () => {
    const { document, warnings } = await initiative('forslag-4.2-omsorgstopmoede.txt');
    expect(document.number).toBe('4.2');
    expect(document.title).toBe('Omsorgstopmøde');
    expect(document.submittedBy).toEqual({ kind: 'partyGroups', partyGroups: ['Enhedslisten'] });
    expect(document.financing).toEqual([{ area: 'health', share: '1' }]);
    expect(document.references.initiatives).toEqual([
      expect.objectContaining({ number: '4.5', relation: 'canBeMergedInto', field: 'elaboration' }),
    ]);
    expect(document.review.comments).toMatch(/^Et omsorgstopmøde er i fin tråd/);
    expect(document.agreementTextDraft).toMatch(/naturlig forlængelse af disse aktiviteter\.$/);
    // The text has the table flattened: "Øvrig drift 0,3" under four years. Which year the 0,3
    // belongs to is not in the text, so the row is left empty and the warning names the amount.
    expect(document.economy.otherOperations).toEqual({});
    expect(warnings).toContainEqual({
      field: 'economy.otherOperations',
      message: expect.stringMatching(/"Øvrig drift" har beløbet 0,3 .*2025, 2026, 2027, 2028/),
    });
    // Page furniture ("2 af 2", the file name) is not in any text.
    expect(JSON.stringify(document)).not.toMatch(/2 af 2|D12535993/);
  });

  it('reads 4.3 as within the existing frame, with an empty economy and no financing', async () => {
    const { document, warnings } = await initiative('forslag-4.3-udsattefaglighed.txt');
    expect(document.number).toBe('4.3');
    expect(document.title).toBe('Medarbejdere skal opkvalificeres i udsattefaglighed');
    expect(document.budgetPeriod).toBe('2026-2029');
    expect(document.review.assessment).toEqual({
      conclusion: 'withinExistingFrame',
      canBeMergedInto: null,
    });
    expect(document.economy).toEqual({
      establishmentCosts: {},
      salaries: {},
      otherOperations: {},
      staffFte: {},
    });
    expect(document.financing).toEqual([]);
    expect(
      warnings.filter((w) => w.field.startsWith('economy') || w.field === 'financing'),
    ).toEqual([]);
  });

  it('reads the administration’s template without its instructions', async () => {
    const { document, warnings } = await initiative('forslag-naere-sundhedsvaesen-skabelon.txt');
    expect(document.submittedBy).toEqual({ kind: 'administration' });
    expect(document.title).toBe(
      'Forslag som understøtter udviklingen af det nære og sammenhængende sundhedsvæsen',
    );
    expect(document.number).toBeNull();
    expect(document.agreementTextDraft).toBe('');
    expect(document.sustainableDevelopmentGoals).toBe('');
    expect(document.elaboration).toBe('');
    expect(document.financing).toEqual([{ area: 'health', share: '1' }]);
    expect(JSON.stringify(document)).not.toMatch(/Beskriv|Angiv|https?:/);
    for (const field of [
      'number',
      'agreementTextDraft',
      'sustainableDevelopmentGoals',
      'elaboration',
    ]) {
      expect(warnings.map((w) => w.field)).toContain(field);
    }
  });

  it('reads the same with OCR damage put in: each field as undamaged, or empty with a warning', async () => {
    const names = readdirSync(seeds).filter((name) => name.endsWith('.txt'));
    for (const mode of ['full', 'partial'] as const) {
      for (const name of names) {
        const clean = (await initiative(name)).document as unknown as Record<string, unknown>;
        const damaged = await initiative(name, ocrDamage(mode));
        const read = damaged.document as unknown as Record<string, unknown>;
        for (const field of Object.keys(clean)) {
          if (JSON.stringify(read[field]) === JSON.stringify(clean[field])) continue;
          const warned = damaged.warnings.some(
            (w) => w.field === field || w.field.startsWith(`${field}.`),
          );
          expect({ name, mode, field, warned }).toEqual({ name, mode, field, warned: true });
        }
      }
    }
  });
});
