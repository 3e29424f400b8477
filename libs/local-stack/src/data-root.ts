import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresCanReach } from './os-user';
import { findProjectRoot } from './project-root';

/**
 * Where `npm start` keeps its PostgreSQL cluster and Temporal SQLite file between runs:
 * <projectRoot>/.data, or, when the postgres OS user cannot reach that (e.g. a checkout under
 * /root), a folder in the temp dir that stays the same for this checkout.
 */
export function defaultDataRoot(projectRoot: string = findProjectRoot()): string {
  const inProject = join(projectRoot, '.data');
  if (postgresCanReach(inProject)) {
    console.log(`[local-stack] Local data lives in ${inProject}`);
    return inProject;
  }
  const hash = createHash('sha256').update(projectRoot).digest('hex').slice(0, 12);
  const inTmp = join(tmpdir(), `budgetflow-data-${hash}`);
  console.log(
    `[local-stack] Local data lives in ${inTmp} ` +
      `(the postgres OS user cannot reach ${inProject})`,
  );
  return inTmp;
}
