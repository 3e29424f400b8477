import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureChromium,
  ensureDockerCompose,
  ensureTemporalBinary,
  findProjectRoot,
} from '@budgetflow/local-stack';

// `npm test`: typecheck, lint, format check, then one jest run over every project (whose global
// set-up starts PostgreSQL and Temporal). Stops at the first failure. Extra arguments go to jest,
// e.g. `npm test -- --selectProjects domain`. The end-to-end tests (apps/web-e2e) drive the built
// web app in Chromium: both are made ready before jest, unless the projects chosen leave them out.

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

/** Whether the jest arguments leave `project` in: every project runs unless some are selected. */
function runsProject(jestArgs: string[], project: string): boolean {
  const selected: string[] = [];
  let selecting = false;
  for (const arg of jestArgs) {
    if (arg.startsWith('--selectProjects=')) selected.push(...arg.split('=')[1]!.split(','));
    if (arg.startsWith('-')) selecting = arg === '--selectProjects';
    else if (selecting) selected.push(arg);
  }
  return !jestArgs.some((arg) => arg.startsWith('--selectProjects')) || selected.includes(project);
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
  await run('typecheck the web app', 'tsc', ['-p', 'apps/web/tsconfig.json']);
  // The module-boundary rule reads Nx's project graph, which a fresh clone has not computed yet.
  await run('project graph', 'nx', ['show', 'projects']);
  await run('lint', 'eslint', ['.']);
  await run('format', 'prettier', ['--check', '.']);

  const jestArgs = process.argv.slice(2);
  if (runsProject(jestArgs, 'web-e2e')) {
    await run('build the web app', 'vite', ['build', '--config', 'apps/web/vite.config.ts']);
    // Found or installed once here; jest's end-to-end tests launch it through CHROMIUM_PATH.
    process.env['CHROMIUM_PATH'] = await ensureChromium();
    console.log(`[test] Chromium for the browser tests: ${process.env['CHROMIUM_PATH']}`);
  }

  if (runsProject(jestArgs, 'local-stack')) {
    // The deployment's test validates docker/compose.yaml; a machine without Compose gets it
    // built with Go here (minutes the first time), outside any test's time limit.
    const compose = await ensureDockerCompose();
    console.log(
      `[test] Docker Compose for the deployment's test: ${[compose.command, ...compose.args].join(' ')}`,
    );
  }

  const resultsFile = join(tmpdir(), `budgetflow-jest-${process.pid}.json`);
  try {
    await run('jest', 'jest', [
      '--maxWorkers=2',
      '--json',
      `--outputFile=${resultsFile}`,
      ...jestArgs,
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
