import { parseCommand, usage } from './args';
import { apiSettingsOf } from './api-settings';
import { dryRunSink, importFiles, runApiImport } from './import-command';
import { consoleOutput } from './output';
import { rebuildReadModelCommand } from './rebuild-read-model-command';

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
  if (command.command === 'rebuild-read-model') return rebuildReadModelCommand(command);
  const output = consoleOutput({ json: command.json });
  // --dry-run alone reads the files on this machine and touches no server.
  if (command.dryRun && !command.preview) {
    return importFiles(command, dryRunSink(command.json, output), output);
  }
  const settings = apiSettingsOf(command, process.env);
  if ('error' in settings) {
    process.stderr.write(`${settings.error}\n\n${usage}\n`);
    return 2;
  }
  const { files, json } = command;
  return runApiImport({ files, json, preview: command.preview === true }, settings, output);
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
