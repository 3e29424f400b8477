import { parseCommand, usage } from './args';
import { dryRunSink, importFiles } from './import-command';
import { consoleOutput } from './output';

// `budgetflow` (npm run cli -- …, npx budgetflow …): the command line of Budgetflow.

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCommand(argv);
  if ('error' in command) {
    process.stderr.write(`${command.error}\n\n${usage}\n`);
    return 2;
  }
  if (command.command === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const output = consoleOutput({ json: command.json });
  if (!command.dryRun) {
    output.error(
      'Import gennem API’et er ikke bygget endnu; brug --dry-run for at se, hvad der læses',
    );
    return 2;
  }
  return importFiles(command, dryRunSink(command.json, output), output);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Uventet fejl: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
