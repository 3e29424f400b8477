import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTemporalBinary, findProjectRoot } from '@budgetflow/local-stack';

// `npm test`: typecheck, lint, format check, then one jest run over every project (whose global
// set-up starts PostgreSQL and Temporal). Stops at the first failure. Extra arguments go to jest,
// e.g. `npm test -- --selectProjects domain`.

const root = findProjectRoot();
// The JS files behind node_modules/.bin, run with this same node.
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function run(title: string, tool: string, args: string[]): Promise<void> {
  console.log(`\n[test] ${title}: ${[tool, ...args].join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin(tool), ...args], { cwd: root, stdio: 'inherit' });
    // Pass signals on and wait for it to finish, rather than leave it running without us.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (code === 0) resolve();
      else reject(new Error(`${title} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** A closing line CI tooling recognises: "jest: N passed, N failed". */
function summarise(resultsFile: string): void {
  if (!existsSync(resultsFile)) return;
  const r = JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, number>;
  const skipped = (r['numPendingTests'] ?? 0) + (r['numTodoTests'] ?? 0);
  console.log(
    `jest: ${r['numPassedTests']} passed, ${r['numFailedTests']} failed, ${skipped} skipped`,
  );
}

async function main(): Promise<void> {
  // Installed once here, so the jest global set-up finds it through TEMPORAL_BINARY.
  process.env['TEMPORAL_BINARY'] = await ensureTemporalBinary();

  await run('typecheck', 'tsc', ['-p', 'tsconfig.json']);
  // The module-boundary rule reads Nx's project graph, which a fresh clone has not computed yet.
  await run('project graph', 'nx', ['show', 'projects']);
  await run('lint', 'eslint', ['.']);
  await run('format', 'prettier', ['--check', '.']);

  const resultsFile = join(tmpdir(), `budgetflow-jest-${process.pid}.json`);
  try {
    await run('jest', 'jest', [
      '--maxWorkers=2',
      '--json',
      `--outputFile=${resultsFile}`,
      ...process.argv.slice(2),
    ]);
  } finally {
    summarise(resultsFile);
    rmSync(resultsFile, { force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`\n[test] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
