import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DocumentError, type ImportedDocument, readDocument } from '@budgetflow/documents';
import type { Output } from './output';

export interface ImportOptions {
  readonly dryRun: boolean;
  readonly json: boolean;
  readonly files: readonly string[];
}

/**
 * What happens to a document once it is read. A dry run only shows it; the import through the
 * API (with its progress bar over many files) is the other implementation, to come.
 */
export interface DocumentSink {
  accept(file: string, read: ImportedDocument): Promise<void>;
}

/** Reads every file, hands each document to the sink; the exit code says whether all were read. */
export async function importFiles(
  options: ImportOptions,
  sink: DocumentSink,
  output: Output,
): Promise<number> {
  let failed = 0;
  const progress = output.progress(options.files.length);
  for (const file of options.files) {
    try {
      const read = await readDocument(basename(file), await readBytes(file));
      await sink.accept(file, read);
    } catch (error) {
      failed++;
      output.error(`Kunne ikke læse ${file}: ${reasonOf(error)}`);
    }
    progress.increment();
  }
  progress.stop();
  if (failed > 0 && options.files.length > 1) {
    output.error(`${failed} af ${options.files.length} filer kunne ikke læses`);
  }
  return failed > 0 ? 1 : 0;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DocumentError('filen findes ikke');
    if (code === 'EISDIR') throw new DocumentError('det er en mappe, ikke en fil');
    if (code === 'EACCES') throw new DocumentError('der er ikke adgang til filen');
    throw error;
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof DocumentError) return error.message;
  return `uventet fejl (${error instanceof Error ? error.message : String(error)})`;
}

/** The dry run: shows what was read, as JSON lines or as a short Danish summary. */
export function dryRunSink(json: boolean, output: Output): DocumentSink {
  return {
    async accept(file, read) {
      if (json) {
        output.line(
          JSON.stringify({
            file,
            kind: read.kind,
            document: read.document,
            warnings: read.warnings,
          }),
        );
        return;
      }
      output.line(summaryOf(file, read));
      for (const warning of read.warnings)
        output.line(`  advarsel (${warning.field}): ${warning.message}`);
    },
  };
}

function summaryOf(file: string, read: ImportedDocument): string {
  const warnings = read.warnings.length === 1 ? '1 advarsel' : `${read.warnings.length} advarsler`;
  if (read.kind === 'initiative') {
    const { number, title } = read.document;
    return `${file}: budgetinitiativ ${number ?? '(uden nummer)'} "${title || '(uden titel)'}", ${warnings}`;
  }
  const { title, date, items } = read.document;
  return `${file}: referat af ${title || '(ukendt møde)'} ${date ?? '(uden dato)'}, ${items.length} punkter, ${warnings}`;
}
