import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Where the web app's build is: the folder `npm run build:web` writes (index.html, and the
// hashed files under assets/), served by the API from its own origin.

/** The repository's own build, dist/apps/web, as `npm run build:web` leaves it. */
export const repositoryWebDist = resolve(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'web');

export const hasWebBuild = (dir: string): boolean => existsSync(join(dir, 'index.html'));

/** WEB_DIST as configured (relative to the working folder), else the repository's build if any. */
export function webDistOf(configured: string | undefined): string | undefined {
  if (configured !== undefined) return resolve(configured);
  return hasWebBuild(repositoryWebDist) ? repositoryWebDist : undefined;
}
