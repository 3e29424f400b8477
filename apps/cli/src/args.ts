import { parseArgs } from 'node:util';
import {
  parseRebuildReadModel,
  type RebuildReadModelCommand,
  rebuildReadModelUsage,
} from './rebuild-read-model-command';

export const defaultApiUrl = 'http://localhost:3000/api';

export const usage = `Brug: budgetflow import [--dry-run] [--preview] [--json] --round <id> <fil> [<fil> …]

Læser budgetinitiativer (standardskemaet) og mødereferater fra .docx, .pdf og .txt og
importerer budgetinitiativerne i budgetrunden gennem API'et: kladden oprettes eller rettes,
med de samme regler som i webapplikationen. Samme fil to gange ændrer intet.

  --round <id>    budgetrunden, fx budget-2026-2029
  --api <url>     API'ets adresse (ellers BUDGETFLOW_API_URL, ellers ${defaultApiUrl})
  --login <id>    log ind som denne person med adgangskoden i BUDGETFLOW_PASSWORD;
                  uden --login bruges tokenet i BUDGETFLOW_TOKEN (fra POST /api/auth/tokens)
  --preview       vis hvad importen ville gøre (oprette, rette, intet), uden at gøre det
  --dry-run       vis hvad der læses, uden at sende noget til serveren (med --preview:
                  serverens forhåndsvisning)
  --json          ét JSON-objekt pr. dokument pr. linje: uden server { file, kind, document,
                  warnings }, med server { file, number, action, reason, changes, warnings }
  --help          denne hjælp

${rebuildReadModelUsage}`;

export type Command =
  | {
      readonly command: 'import';
      readonly dryRun: boolean;
      readonly json: boolean;
      readonly files: string[];
      /** Ask the server what it would do (with or without --dry-run): nothing is changed. */
      readonly preview?: true;
      readonly round?: string;
      readonly api?: string;
      readonly login?: string;
    }
  | RebuildReadModelCommand
  | { readonly command: 'help' };

/** The command line, or the reason it cannot be understood (in Danish). */
export function parseCommand(argv: readonly string[]): Command | { readonly error: string } {
  // Its options are its own: the import's would refuse them.
  if (argv[0] === 'rebuild-read-model') return parseRebuildReadModel(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        preview: { type: 'boolean', default: false },
        round: { type: 'string' },
        api: { type: 'string' },
        login: { type: 'string' },
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
  const { preview, round, api, login } = parsed.values;
  return {
    command: 'import',
    dryRun: parsed.values['dry-run'],
    json: parsed.values.json,
    files,
    ...(preview ? { preview } : {}),
    ...(round !== undefined ? { round } : {}),
    ...(api !== undefined ? { api } : {}),
    ...(login !== undefined ? { login } : {}),
  };
}
