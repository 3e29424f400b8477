import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeExit, startProcess } from '@budgetflow/local-stack';

// The web app's build, dist/apps/web, made again by `npm start` when anything it is built from
// changed since, so that a fresh clone and the next start after an edit serve the app as the
// code has it. What it is built from: apps/web and the domain library it shares with the API.

const sources = ['apps/web', 'libs/domain/src'];

/** The newest change to a file under `dir` (node_modules and dot-folders aside), 0 if none. */
function newestChangeIn(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChangeIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** When dist/apps/web was built (its index.html is written last), 0 if it was not. */
function builtAt(dist: string): number {
  const index = join(dist, 'index.html');
  return existsSync(index) ? statSync(index).mtimeMs : 0;
}

/**
 * The folder of an up-to-date build, building it with Vite (`npm run build:web`) when it is
 * missing or older than a source file; undefined in a checkout without apps/web.
 */
export async function ensureWebBuild(
  root: string,
  out: { say(message: string): void; onLine(line: string): void },
): Promise<string | undefined> {
  if (!existsSync(join(root, 'apps', 'web', 'vite.config.ts'))) return undefined;
  const dist = join(root, 'dist', 'apps', 'web');
  const built = builtAt(dist);
  if (built >= Math.max(...sources.map((dir) => newestChangeIn(join(root, dir))))) return dist;
  out.say(built ? 'the web app has changed: building it again' : 'building the web app');
  const vite = startProcess({
    name: 'vite',
    command: process.execPath,
    args: [
      join(root, 'node_modules', '.bin', 'vite'),
      'build',
      '--config',
      'apps/web/vite.config.ts',
    ],
    cwd: root,
    onLine: out.onLine,
  });
  const exit = await vite.exited;
  if (exit.code !== 0) {
    throw new Error(`building the web app (npm run build:web) ${describeExit(exit)}`);
  }
  return dist;
}
