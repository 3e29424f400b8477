import { parseArgs } from 'node:util';
import type { RebuildPhase, RebuildProgress, RebuildSummary } from '@budgetflow/worker';
import { SingleBar } from 'cli-progress';

// `budgetflow rebuild-read-model`: PostgreSQL's read model written again from the workflows.

export const rebuildReadModelUsage = `Brug: budgetflow rebuild-read-model [--round <id> …] [--truncate]

Genopbygger læsemodellen i PostgreSQL (forslag, beløb, revisionsspor, runder, frister,
budgetspørgsmål, budgetaftaler) fra workflowene i Temporal. Forbinder som workeren med
DATABASE_URL, TEMPORAL_ADDRESS og TEMPORAL_NAMESPACE; en worker skal køre og svare.
Notifikationer sendes ikke igen.

  --round <id>  kun denne budgetrunde (kan gentages)
  --truncate    tøm først de tabeller, workflowene skriver (stop API'et imens)`;

export interface RebuildReadModelCommand {
  readonly command: 'rebuild-read-model';
  readonly rounds: string[];
  readonly truncate: boolean;
}

// The domain's rule for a round's id (roundSchema); it also keeps the visibility query plain.
const roundIdPattern = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** The command's own options, or the reason they cannot be understood (in Danish). */
export function parseRebuildReadModel(
  argv: readonly string[],
): RebuildReadModelCommand | { readonly command: 'help' } | { readonly error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        round: { type: 'string', multiple: true, default: [] },
        truncate: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { error: `Ukendt tilvalg: ${(error as Error).message}` };
  }
  if (parsed.values.help) return { command: 'help' };
  const wrong = parsed.values.round.find((id) => !roundIdPattern.test(id));
  if (wrong !== undefined) {
    return {
      error: `Ugyldigt runde-id "${wrong}": små bogstaver, tal og bindestreger, fx budget-2026-2029`,
    };
  }
  return {
    command: 'rebuild-read-model',
    rounds: parsed.values.round,
    truncate: parsed.values.truncate,
  };
}

/** Rebuilds and tells how it went: 0 when every workflow was read, 1 otherwise, 2 without a setting. */
export async function rebuildReadModelCommand(
  command: RebuildReadModelCommand,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const missing = ['DATABASE_URL', 'TEMPORAL_ADDRESS'].filter((name) => !env[name]);
  if (missing.length > 0) {
    process.stderr.write(
      `${missing.join(' og ')} mangler: angiv den PostgreSQL og den Temporal, workeren bruger\n`,
    );
    return 2;
  }
  // Loaded only for this command: the worker's libraries are more than `import` needs.
  const { runReadModelRebuild } = await import('@budgetflow/worker');
  const progress = progressOnStderr();
  let summary: RebuildSummary;
  try {
    summary = await runReadModelRebuild(
      {
        DATABASE_URL: env['DATABASE_URL']!,
        TEMPORAL_ADDRESS: env['TEMPORAL_ADDRESS']!,
        TEMPORAL_NAMESPACE: env['TEMPORAL_NAMESPACE'] || 'default',
      },
      { rounds: command.rounds, truncate: command.truncate, onProgress: progress.report },
    );
  } catch (error) {
    // PostgreSQL or Temporal out of reach; --truncate empties nothing before Temporal has answered.
    progress.stop();
    process.stderr.write(
      `Læsemodellen blev ikke genopbygget: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  } finally {
    progress.stop();
  }
  for (const failure of summary.failures) {
    process.stderr.write(`Kunne ikke genopbygge ${failure.workflowId}: ${failure.reason}\n`);
  }
  process.stdout.write(`${summaryLine(summary)}\n`);
  if (summary.failures.length === 0) return 0;
  process.stderr.write(
    `${count(summary.failures.length, 'workflow', 'workflows')} kunne ikke læses; ` +
      'kør kommandoen igen, når de svarer (den ændrer intet, der allerede er rigtigt)\n',
  );
  return 1;
}

/** "7 forslag, 2 runder og 1 budgetaftale genopbygget". */
export function summaryLine({ initiatives, rounds, agreements }: RebuildSummary): string {
  return (
    `${count(initiatives, 'forslag', 'forslag')}, ${count(rounds, 'runde', 'runder')} og ` +
    `${count(agreements, 'budgetaftale', 'budgetaftaler')} genopbygget`
  );
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const phaseNames: Record<RebuildPhase, string> = {
  rounds: 'runder',
  initiatives: 'forslag',
  agreements: 'budgetaftaler',
};

/** A bar per phase for a person watching; a line per finished phase in a log or a pipe. */
function progressOnStderr() {
  let bar: { phase: RebuildPhase; bar: SingleBar } | undefined;
  const stop = () => {
    bar?.bar.stop();
    bar = undefined;
  };
  return {
    stop,
    report({ phase, done, total }: RebuildProgress) {
      if (!process.stderr.isTTY) {
        if (done === total) process.stderr.write(`${phaseNames[phase]}: ${done} af ${total}\n`);
        return;
      }
      if (bar?.phase !== phase) {
        stop();
        const started = new SingleBar({
          format: `Genopbygger ${phaseNames[phase]} {bar} {value}/{total}`,
          stream: process.stderr,
          hideCursor: true,
        });
        started.start(total, 0);
        bar = { phase, bar: started };
      }
      bar.bar.update(done);
    },
  };
}
