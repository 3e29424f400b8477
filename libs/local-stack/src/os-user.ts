import { execFileSync } from 'node:child_process';
import { statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';

// PostgreSQL refuses to run as root, so as root we run it as the OS user "postgres", which then
// needs to traverse every folder above its data dir (a checkout under /root is out of reach).

export interface Identity {
  uid: number;
  gids: number[];
}

export const isRoot = (): boolean => process.getuid?.() === 0;

/** The "postgres" OS user, or undefined if it does not exist (yet). */
export function postgresUser(): Identity | undefined {
  try {
    const id = (flag: string) => execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    return { uid: Number(id('-u')), gids: id('-G').trim().split(/\s+/).map(Number) };
  } catch {
    return undefined;
  }
}

type StatFn = (path: string) => Pick<Stats, 'mode' | 'uid' | 'gid'> | undefined;

const statOrUndefined: StatFn = (path) => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/** Whether `who` may traverse the folder (search permission, as the kernel checks it). */
export function canTraverse(stat: Pick<Stats, 'mode' | 'uid' | 'gid'>, who: Identity): boolean {
  if (stat.uid === who.uid) return (stat.mode & 0o100) !== 0;
  if (who.gids.includes(stat.gid)) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}

/**
 * Whether `who` can reach `dir`: every existing folder from / down to it must be traversable
 * (folders still to be created are made 0755 by us). An unknown user counts as "others".
 */
export function canReach(
  dir: string,
  who: Identity = { uid: -1, gids: [] },
  stat: StatFn = statOrUndefined,
): boolean {
  const chain: string[] = [];
  for (let d = resolve(dir); ; d = dirname(d)) {
    chain.unshift(d);
    if (dirname(d) === d) break;
  }
  return chain.every((d) => {
    const s = stat(d);
    return s === undefined || canTraverse(s, who);
  });
}

/** Whether the OS user that will run PostgreSQL can reach `dir`. */
export function postgresCanReach(dir: string): boolean {
  if (!isRoot()) return true; // PostgreSQL then runs as the current user
  return canReach(dir, postgresUser());
}
