import { join } from 'node:path';

// Docker Compose v2, for checking docker/compose.yaml where no engine runs (`config` needs none).
// Pinned; built from the Go module proxy when neither `docker compose` nor `docker-compose` is
// on the machine. Not with `go install pkg@version`: compose's go.mod has `exclude` directives,
// which go install refuses, so the module is downloaded and built as the main module.
export const DOCKER_COMPOSE_GO_MODULE = 'github.com/docker/compose/v2';
export const DOCKER_COMPOSE_VERSION = 'v2.40.3';

/** How to run Compose: `command ...args <compose arguments>`. */
export interface ComposeCommand {
  command: string;
  args: string[];
}

export interface DockerComposeDeps {
  projectRoot: string;
  /** Absolute path of an executable found on PATH, if any. */
  which(name: string): Promise<string | undefined>;
  /** What `command ...args version --short` prints, or undefined when it fails. */
  version(compose: ComposeCommand): Promise<string | undefined>;
  /** Builds the pinned Compose into `binary`. */
  goBuild(binary: string): Promise<void>;
  log(message: string): void;
}

export function localComposePaths(projectRoot: string) {
  const dir = join(projectRoot, '.tools', 'docker-compose');
  return { dir, binary: join(dir, 'docker-compose') };
}

/** Compose v1 (Python) reads the file differently: only v2 and later will do. */
const isV2OrLater = (version: string | undefined) =>
  version !== undefined && Number(/^v?(\d+)\./.exec(version.trim())?.[1] ?? 0) >= 2;

/**
 * Order: the Docker CLI's plugin (`docker compose`), `docker-compose` on PATH, a project-local
 * build from an earlier run, then a build of the pinned version into .tools/docker-compose/.
 */
export async function resolveDockerCompose(deps: DockerComposeDeps): Promise<ComposeCommand> {
  const candidates: ComposeCommand[] = [];
  const docker = await deps.which('docker');
  if (docker) candidates.push({ command: docker, args: ['compose'] });
  const standalone = await deps.which('docker-compose');
  if (standalone) candidates.push({ command: standalone, args: [] });
  const local = localComposePaths(deps.projectRoot);
  candidates.push({ command: local.binary, args: [] });
  for (const candidate of candidates) {
    if (isV2OrLater(await deps.version(candidate))) return candidate;
  }

  const what = `${DOCKER_COMPOSE_GO_MODULE}@${DOCKER_COMPOSE_VERSION} with go into ${local.dir}`;
  deps.log(`Building Docker Compose (a few minutes, once): ${what}`);
  try {
    await deps.goBuild(local.binary);
  } catch (err) {
    throw new Error(
      'No Docker Compose v2 found (neither `docker compose` nor `docker-compose`) and none ' +
        `could be built: ${what}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const built = { command: local.binary, args: [] };
  if (!isV2OrLater(await deps.version(built))) {
    throw new Error(`Docker Compose was built, but ${local.binary} does not run`);
  }
  return built;
}
