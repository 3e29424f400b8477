import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import {
  type ComposeCommand,
  DOCKER_COMPOSE_GO_MODULE,
  DOCKER_COMPOSE_VERSION,
  resolveDockerCompose,
} from './docker-compose';
import { findProjectRoot } from './project-root';
import { runInstaller, which } from './temporal-install';

const run = promisify(execFile);

/** Where Go's own installer puts it when it is not on PATH. */
const GO_USUAL_PLACE = '/usr/local/go/bin/go';

async function composeVersion(compose: ComposeCommand): Promise<string | undefined> {
  try {
    const { stdout } = await run(compose.command, [...compose.args, 'version', '--short'], {
      timeout: 30_000,
    });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

async function findGo(): Promise<string> {
  const onPath = await which('go');
  if (onPath) return onPath;
  try {
    await access(GO_USUAL_PLACE, constants.X_OK);
    return GO_USUAL_PLACE;
  } catch {
    throw new Error(`go is neither on PATH nor at ${GO_USUAL_PLACE}`);
  }
}

/** Downloads the pinned module and builds its command as the main module, all or nothing. */
async function goBuild(binary: string): Promise<void> {
  const go = await findGo();
  const module = `${DOCKER_COMPOSE_GO_MODULE}@${DOCKER_COMPOSE_VERSION}`;
  const { stdout } = await run(go, ['mod', 'download', '-json', module], {
    maxBuffer: 10 * 1024 * 1024,
    timeout: 10 * 60_000,
  });
  const moduleDir = (JSON.parse(stdout) as { Dir?: string }).Dir;
  if (!moduleDir) throw new Error(`go mod download ${module} named no folder`);
  await mkdir(dirname(binary), { recursive: true });
  // Into a side file, then renamed: an interrupted build never looks complete.
  const staging = `${binary}.partial-${process.pid}`;
  try {
    await runInstaller(
      go,
      [
        'build',
        '-trimpath',
        '-ldflags',
        `-s -w -X ${DOCKER_COMPOSE_GO_MODULE}/internal.Version=${DOCKER_COMPOSE_VERSION}`,
        '-o',
        staging,
        './cmd',
      ],
      // The module cache is read-only: build in it, write only the binary (and Go's cache).
      { CGO_ENABLED: '0', GOFLAGS: '-mod=readonly -buildvcs=false' },
      moduleDir,
    );
    await rename(staging, binary);
  } finally {
    await rm(staging, { force: true });
  }
}

/**
 * How to run Docker Compose v2: the Docker CLI's plugin, a `docker-compose` on PATH, or the
 * pinned version built once into .tools/docker-compose/ (a few minutes on two cores).
 */
export function ensureDockerCompose(): Promise<ComposeCommand> {
  return resolveDockerCompose({
    projectRoot: findProjectRoot(),
    which,
    version: composeVersion,
    goBuild,
    log: (message) => console.log(`[local-stack] ${message}`),
  });
}
