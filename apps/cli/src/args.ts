import { parseArgs } from 'node:util';

export const usage = `Brug: budgetflow import [--dry-run] [--json] <fil> [<fil> …]

Læser budgetinitiativer (standardskemaet) og mødereferater fra .docx, .pdf og .txt.

  --dry-run   vis hvad der læses, uden at sende noget til serveren
  --json      ét JSON-objekt pr. dokument pr. linje: { file, kind, document, warnings }
  --help      denne hjælp`;

export type Command =
  | {
      readonly command: 'import';
      readonly dryRun: boolean;
      readonly json: boolean;
      readonly files: string[];
    }
  | { readonly command: 'help' };

/** The command line, or the reason it cannot be understood (in Danish). */
export function parseCommand(argv: readonly string[]): Command | { readonly error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { error: `Ukendt tilvalg: ${(error as Error).message}` };
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === 'help') return { command: 'help' };
  if (command !== 'import') return { error: `Ukendt kommando "${command}"` };
  if (files.length === 0) return { error: 'Angiv mindst én fil at importere' };
  return { command: 'import', dryRun: parsed.values['dry-run'], json: parsed.values.json, files };
}
