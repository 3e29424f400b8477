import type { DocumentOutcome, ImportOutcome } from '../../api/imports';
import { changesAnything, countsText, documentName, filesProblem } from './import-words';

const document = (overrides: Partial<DocumentOutcome> = {}): DocumentOutcome => ({
  file: 'forslag-5.4.docx',
  hash: 'a'.repeat(64),
  kind: 'initiative',
  number: '5.4',
  title: 'Akutteam',
  action: 'create',
  reason: null,
  changes: [],
  warnings: [],
  ...overrides,
});

const outcome = (dryRun: boolean, documents: DocumentOutcome[]): ImportOutcome => ({
  roundId: 'budget-2026-2029',
  dryRun,
  documents,
  counts: {
    create: documents.filter((d) => d.action === 'create').length,
    update: documents.filter((d) => d.action === 'update').length,
    noChange: documents.filter((d) => d.action === 'noChange').length,
    refused: documents.filter((d) => d.action === 'refused').length,
  },
});

describe('the import’s words', () => {
  it('names a document by its number and title, or as minutes', () => {
    expect(documentName(document())).toBe('Forslag 5.4 · Akutteam');
    expect(documentName(document({ number: null, title: '' }))).toBe('Forslag uden nummer');
    expect(
      documentName(document({ kind: 'minutes', number: null, title: 'Økonomiudvalget' })),
    ).toBe('Mødereferat · Økonomiudvalget');
  });

  it('counts in the words of a preview and of an import', () => {
    const documents = [document(), document({ action: 'refused', reason: 'Nej' })];
    expect(countsText(outcome(true, documents))).toBe(
      '2 dokumenter: 1 oprettes, 0 rettes, 0 uændret, 1 afvises',
    );
    expect(countsText(outcome(false, [document({ action: 'noChange' })]))).toBe(
      '1 dokument: 0 oprettet, 0 rettet, 1 uændret, 0 afvist',
    );
    expect(changesAnything(outcome(true, documents))).toBe(true);
    expect(changesAnything(outcome(true, [document({ action: 'noChange' })]))).toBe(false);
  });

  it('says which files cannot be sent, before they are', () => {
    expect(filesProblem([])).toBe('Vælg mindst én fil (.docx, .pdf eller .txt)');
    expect(
      filesProblem([
        { name: 'a.DOCX', size: 10 },
        { name: 'b.pdf', size: 10 },
      ]),
    ).toBeNull();
    expect(filesProblem([{ name: 'budget.xlsx', size: 10 }])).toBe(
      'budget.xlsx: Filtypen kan ikke læses; brug .docx, .pdf eller .txt',
    );
    expect(filesProblem([{ name: 'scan.pdf', size: 11 * 1024 * 1024 }])).toBe(
      'scan.pdf: Filen er større end 10 MB',
    );
  });
});
