import {
  type ComposeCommand,
  type DockerComposeDeps,
  resolveDockerCompose,
} from './docker-compose';

const ROOT = '/repo';
const LOCAL = '/repo/.tools/docker-compose/docker-compose';
const show = (compose: ComposeCommand) => [compose.command, ...compose.args].join(' ');

/** Fake machine: `versions` says what each command prints; a build makes the local one work. */
function fakeDeps(opts: {
  onPath?: Record<string, string>;
  versions?: Record<string, string>;
  buildFails?: boolean;
}) {
  const versions = { ...opts.versions };
  const calls: string[] = [];
  const deps: DockerComposeDeps = {
    projectRoot: ROOT,
    which: async (name) => opts.onPath?.[name],
    version: async (compose) => versions[show(compose)],
    goBuild: async (binary) => {
      calls.push(`build ${binary}`);
      if (opts.buildFails) throw new Error('go: not found');
      versions[binary] = '2.40.3';
    },
    log: (message) => calls.push(`log ${message}`),
  };
  return { deps, calls };
}

describe('resolveDockerCompose', () => {
  it("prefers the Docker CLI's compose plugin", async () => {
    const { deps, calls } = fakeDeps({
      onPath: { docker: '/usr/bin/docker', 'docker-compose': '/usr/bin/docker-compose' },
      versions: { '/usr/bin/docker compose': '2.39.1', '/usr/bin/docker-compose': '2.40.3' },
    });
    await expect(resolveDockerCompose(deps)).resolves.toEqual({
      command: '/usr/bin/docker',
      args: ['compose'],
    });
    expect(calls).toEqual([]);
  });

  it('uses docker-compose on PATH when the CLI has no compose plugin', async () => {
    const { deps } = fakeDeps({
      onPath: { docker: '/usr/bin/docker', 'docker-compose': '/opt/docker-compose' },
      versions: { '/opt/docker-compose': 'v2.40.3' },
    });
    await expect(resolveDockerCompose(deps)).resolves.toEqual({
      command: '/opt/docker-compose',
      args: [],
    });
  });

  it('passes over Compose v1, which reads the file differently', async () => {
    const { deps, calls } = fakeDeps({
      onPath: { 'docker-compose': '/usr/bin/docker-compose' },
      versions: { '/usr/bin/docker-compose': '1.29.2' },
    });
    await expect(resolveDockerCompose(deps)).resolves.toEqual({ command: LOCAL, args: [] });
    expect(calls).toContain(`build ${LOCAL}`);
  });

  it('uses an earlier project-local build before building again', async () => {
    const { deps, calls } = fakeDeps({ versions: { [LOCAL]: '2.40.3' } });
    await expect(resolveDockerCompose(deps)).resolves.toEqual({ command: LOCAL, args: [] });
    expect(calls).toEqual([]);
  });

  it('builds the pinned version into .tools/docker-compose when nothing runs', async () => {
    const { deps, calls } = fakeDeps({ onPath: { docker: '/usr/bin/docker' } });
    await expect(resolveDockerCompose(deps)).resolves.toEqual({ command: LOCAL, args: [] });
    expect(calls).toEqual([
      expect.stringMatching(
        /^log Building Docker Compose .*github\.com\/docker\/compose\/v2@v2\.40\.3/,
      ),
      `build ${LOCAL}`,
    ]);
  });

  it('says what it tried when the build fails', async () => {
    const { deps } = fakeDeps({ buildFails: true });
    await expect(resolveDockerCompose(deps)).rejects.toThrow(
      /No Docker Compose v2 found[\s\S]*v2\.40\.3[\s\S]*go: not found/,
    );
  });
});
