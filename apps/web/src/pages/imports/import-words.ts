import type { DocumentOutcome, ImportAction, ImportOutcome } from '../../api/imports';

// The import's words: what will happen to a document (the preview) and what did (the import),
// as the CLI says them too.

export const plannedLabels: Record<ImportAction, string> = {
  create: 'Oprettes som kladde',
  update: 'Kladden rettes',
  noChange: 'Uændret',
  refused: 'Afvises',
};

export const doneLabels: Record<ImportAction, string> = {
  create: 'Oprettet som kladde',
  update: 'Kladden er rettet',
  noChange: 'Uændret',
  refused: 'Afvist',
};

/** "Forslag 5.4 · Akutteam …", or what the document is when it is no initiative. */
export function documentName(document: DocumentOutcome): string {
  if (document.kind === 'minutes')
    return `Mødereferat${document.title ? ` · ${document.title}` : ''}`;
  const number = document.number ? `Forslag ${document.number}` : 'Forslag uden nummer';
  return document.title ? `${number} · ${document.title}` : number;
}

/** "2 oprettes, 1 rettes, 0 uændret, 1 afvises", in the words of a preview or of an import. */
export function countsText(outcome: ImportOutcome): string {
  const words = outcome.dryRun
    ? { create: 'oprettes', update: 'rettes', noChange: 'uændret', refused: 'afvises' }
    : { create: 'oprettet', update: 'rettet', noChange: 'uændret', refused: 'afvist' };
  const { counts } = outcome;
  const files =
    outcome.documents.length === 1 ? '1 dokument' : `${outcome.documents.length} dokumenter`;
  return `${files}: ${counts.create} ${words.create}, ${counts.update} ${words.update}, ${counts.noChange} ${words.noChange}, ${counts.refused} ${words.refused}`;
}

/** Whether carrying out the preview would change anything. */
export function changesAnything(outcome: ImportOutcome): boolean {
  return outcome.counts.create + outcome.counts.update > 0;
}

const extensions = ['.docx', '.pdf', '.txt'];
/** As the API takes them. */
export const maxFileBytes = 10 * 1024 * 1024;
export const maxFiles = 20;

/** What stops the chosen files from being sent, in the API's words; null when nothing does. */
export function filesProblem(files: readonly { name: string; size: number }[]): string | null {
  if (files.length === 0) return 'Vælg mindst én fil (.docx, .pdf eller .txt)';
  if (files.length > maxFiles) return `Vælg højst ${maxFiles} filer ad gangen`;
  const problems = files.flatMap((file) => {
    const dot = file.name.lastIndexOf('.');
    const extension = dot < 0 ? '' : file.name.slice(dot).toLowerCase();
    if (!extensions.includes(extension)) {
      return [`${file.name}: Filtypen kan ikke læses; brug .docx, .pdf eller .txt`];
    }
    if (file.size > maxFileBytes) return [`${file.name}: Filen er større end 10 MB`];
    return [];
  });
  return problems.length > 0 ? problems.join('. ') : null;
}
