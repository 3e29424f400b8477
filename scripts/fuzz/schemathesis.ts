import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findProjectRoot, pipInstallInto, startProcess } from '@budgetflow/local-stack';

// Schemathesis from PyPI, pinned and installed once into the git-ignored .tools/, and run as a
// child process with its output passed through.

export const SCHEMATHESIS_VERSION = '4.32.5';

export function schemathesisDir(): string {
  return join(findProjectRoot(), '.tools', 'schemathesis');
}

/** Installs the pinned version unless it is there already. */
export async function ensureSchemathesis(log: (line: string) => void): Promise<string> {
  const target = schemathesisDir();
  if (existsSync(join(target, `schemathesis-${SCHEMATHESIS_VERSION}.dist-info`))) return target;
  log(`Installing schemathesis==${SCHEMATHESIS_VERSION} from PyPI into ${target}`);
  await pipInstallInto(target, `schemathesis==${SCHEMATHESIS_VERSION}`);
  return target;
}

/** What a run reports (schemathesis' JSON report, in part). */
export interface RunReport {
  readonly exitCode: number;
  readonly cases: number;
  readonly failures: number;
  readonly errors: number;
  readonly seconds: number;
}

export interface RunOptions {
  readonly installDir: string;
  readonly schemaUrl: string;
  readonly configFile: string;
  readonly hooksFile: string;
  readonly env: Record<string, string>;
  /** Working folder: hypothesis' files go here. */
  readonly dir: string;
  /** Where the reports go (JSON; NDJSON with every request and answer). */
  readonly reportDir: string;
  readonly print: (line: string) => void;
}

export async function runSchemathesis(options: RunOptions): Promise<RunReport> {
  const { reportDir } = options;
  const run = startProcess({
    name: 'schemathesis',
    command: 'python3',
    args: [
      '-m',
      'schemathesis.cli',
      '--config-file',
      options.configFile,
      'run',
      options.schemaUrl,
      '--report',
      'json,ndjson',
      '--report-dir',
      reportDir,
    ],
    cwd: options.dir,
    env: {
      ...process.env,
      ...options.env,
      PYTHONPATH: options.installDir,
      PYTHONDONTWRITEBYTECODE: '1',
      SCHEMATHESIS_HOOKS: options.hooksFile,
    },
    onLine: options.print,
  });
  const exit = await run.exited;
  const exitCode = exit.code ?? 1;
  const reports = existsSync(reportDir) ? await readdir(reportDir) : [];
  const file = reports.find((name) => name.startsWith('json-'));
  if (!file) return { exitCode: exitCode || 1, cases: 0, failures: 0, errors: 1, seconds: 0 };
  const report = JSON.parse(await readFile(join(reportDir, file), 'utf8')) as {
    running_time: number;
    test_cases: { generated: number; with_failures: number; errored: number };
    failures: { count: number }[];
    errors: unknown[];
  };
  return {
    exitCode,
    cases: report.test_cases.generated,
    failures: report.failures.reduce((sum, failure) => sum + failure.count, 0),
    errors: report.errors.length + report.test_cases.errored,
    seconds: report.running_time,
  };
}
