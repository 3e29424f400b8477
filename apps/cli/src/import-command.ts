import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DocumentError, type ImportedDocument, readDocument } from '@budgetflow/documents';
import {
  type ApiSettings,
  ApiUnavailable,
  connectImportClient,
  type ImportClient,
  type ServerDocument,
} from './api-client';
import type { Output } from './output';

export interface ImportOptions {
  readonly dryRun: boolean;
  readonly json: boolean;
  readonly files: readonly string[];
}

/** What happens to a document once it is read, without a server: the dry run shows it. */
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

/**
 * The import through the API: each file uploaded on its own (so the bar moves with the files),
 * the server deciding what becomes of it, as it would for the web app. With `preview` the server
 * only says what it would do. Exits with 1 when a file was refused or could not be read.
 */
export async function importThroughApi(
  options: { readonly files: readonly string[]; readonly preview: boolean; readonly json: boolean },
  client: ImportClient,
  output: Output,
): Promise<number> {
  const { files, preview, json } = options;
  const tally = { create: 0, update: 0, noChange: 0, refused: 0, unreadable: 0 };
  const progress = output.progress(files.length, preview ? 'Forhåndsviser' : 'Importerer');
  try {
    for (const file of files) {
      try {
        const answer = await client.upload(basename(file), await readBytes(file), preview);
        for (const document of answer.documents) {
          tally[document.action]++;
          if (json) output.line(JSON.stringify({ ...document, file }));
          else for (const line of outcomeLines(file, document, preview)) output.line(line);
        }
      } catch (error) {
        if (error instanceof ApiUnavailable) throw error;
        tally.unreadable++;
        output.error(`Kunne ikke læse ${file}: ${reasonOf(error)}`);
      }
      progress.increment();
    }
  } catch (error) {
    progress.stop();
    output.error(`Importen er stoppet: ${(error as Error).message}`);
    return 1;
  }
  progress.stop();
  const summary = summaryLine(files.length, tally, preview);
  if (json) output.error(summary);
  else output.line(summary);
  return tally.refused + tally.unreadable > 0 ? 1 : 0;
}

const done = { create: 'oprettet', update: 'opdateret', noChange: 'uændret', refused: 'afvist' };
const planned = { create: 'oprettes', update: 'rettes', noChange: 'uændret', refused: 'afvises' };

function outcomeLines(file: string, document: ServerDocument, preview: boolean): string[] {
  const what =
    document.kind === 'minutes' ? 'mødereferat' : `forslag ${document.number ?? '(uden nummer)'}`;
  const verb = (preview ? planned : done)[document.action];
  const head = `${file}: ${what} ${verb}`;
  const lines =
    document.action === 'refused'
      ? [`${head}: ${document.reason ?? ''}`]
      : document.action === 'update' && !preview
        ? [`${head} (${document.changes.map((change) => change.label).join(', ')})`]
        : [head];
  if (preview) {
    for (const change of document.changes) {
      lines.push(`  ${change.label}: ${shown(change.before)} → ${shown(change.after)}`);
    }
  }
  for (const warning of document.warnings) {
    lines.push(`  advarsel (${warning.field}): ${warning.message}`);
  }
  return lines;
}

/** A field's value on one line: long texts cut short, nothing said as such. */
function shown(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  if (line === '') return '(tomt)';
  return line.length > 60 ? `"${line.slice(0, 57)}…"` : `"${line}"`;
}

function summaryLine(
  files: number,
  tally: Record<'create' | 'update' | 'noChange' | 'refused' | 'unreadable', number>,
  preview: boolean,
): string {
  const words = preview ? planned : done;
  const parts = [
    `${tally.create} ${words.create}`,
    `${tally.update} ${words.update}`,
    `${tally.noChange} ${words.noChange}`,
    `${tally.refused} ${words.refused}`,
    ...(tally.unreadable > 0 ? [`${tally.unreadable} kunne ikke læses`] : []),
  ];
  const filesText = files === 1 ? '1 fil' : `${files} filer`;
  return `${filesText}: ${parts.join(', ')}${preview ? ' (forhåndsvisning; intet er ændret)' : ''}`;
}

/** Signs in, imports every file through the API and signs out again. */
export async function runApiImport(
  options: { readonly files: readonly string[]; readonly preview: boolean; readonly json: boolean },
  settings: ApiSettings,
  output: Output,
  fetcher?: typeof fetch,
): Promise<number> {
  let client: ImportClient;
  try {
    client = await connectImportClient(settings, fetcher);
  } catch (error) {
    if (!(error instanceof ApiUnavailable)) throw error;
    output.error(`Importen er ikke begyndt: ${error.message}`);
    return 1;
  }
  try {
    return await importThroughApi(options, client, output);
  } finally {
    await client.close();
  }
}
