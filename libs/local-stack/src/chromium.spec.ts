import { type ChromiumDeps, resolveChromium } from './chromium';

const APT = '/usr/bin/apt-get';

/** Fake machine: `working` binaries run; apt-get "installs" /usr/bin/chromium unless it fails. */
function fakeDeps(opts: {
  env?: NodeJS.ProcessEnv;
  onPath?: Record<string, string>;
  working?: string[];
  isRoot?: boolean;
  aptFails?: boolean;
}) {
  const working = new Set(opts.working ?? []);
  const calls: string[] = [];
  const deps: ChromiumDeps = {
    env: opts.env ?? {},
    which: async (name) => opts.onPath?.[name],
    runs: async (binary) => working.has(binary),
    isRoot: opts.isRoot ?? false,
    run: async (command, args) => {
      calls.push(`${command} ${args.join(' ')}`);
      if (opts.aptFails) throw new Error('E: Unable to locate package chromium');
      if (args[0] === 'install') working.add('/usr/bin/chromium');
    },
    log: (message) => calls.push(`log ${message}`),
  };
  return { deps, calls };
}

describe('resolveChromium', () => {
  it('prefers CHROMIUM_PATH when it runs', async () => {
    const { deps, calls } = fakeDeps({
      env: { CHROMIUM_PATH: '/opt/chrome' },
      working: ['/opt/chrome', '/usr/bin/chromium'],
    });
    await expect(resolveChromium(deps)).resolves.toBe('/opt/chrome');
    expect(calls).toEqual([]);
  });

  it("takes Debian's /usr/bin/chromium, then chromium on PATH", async () => {
    await expect(resolveChromium(fakeDeps({ working: ['/usr/bin/chromium'] }).deps)).resolves.toBe(
      '/usr/bin/chromium',
    );
    const onPath = fakeDeps({
      env: { CHROMIUM_PATH: '/broken' },
      onPath: { chromium: '/snap/bin/chromium' },
      working: ['/snap/bin/chromium'],
    });
    await expect(resolveChromium(onPath.deps)).resolves.toBe('/snap/bin/chromium');
    expect(onPath.calls).toEqual([expect.stringContaining('CHROMIUM_PATH=/broken does not run')]);
  });

  it('installs the distribution package with apt-get as root, saying so', async () => {
    const { deps, calls } = fakeDeps({ isRoot: true, onPath: { 'apt-get': APT } });
    await expect(resolveChromium(deps)).resolves.toBe('/usr/bin/chromium');
    expect(calls).toEqual([
      `log Installing Chromium for the end-to-end tests: ${APT} update`,
      `${APT} update`,
      `log Installing Chromium for the end-to-end tests: ${APT} install -y --no-install-recommends chromium`,
      `${APT} install -y --no-install-recommends chromium`,
    ]);
  });

  it('explains how to install it when it may not install anything', async () => {
    const notRoot = fakeDeps({ onPath: { 'apt-get': APT } });
    await expect(resolveChromium(notRoot.deps)).rejects.toThrow(
      /No Chromium found[\s\S]*apt-get install chromium[\s\S]*CHROMIUM_PATH/,
    );
    expect(notRoot.calls).toEqual([]);
    await expect(resolveChromium(fakeDeps({ isRoot: true }).deps)).rejects.toThrow(
      /No Chromium found/,
    );
  });

  it('passes on why apt-get failed', async () => {
    const { deps } = fakeDeps({ isRoot: true, onPath: { 'apt-get': APT }, aptFails: true });
    await expect(resolveChromium(deps)).rejects.toThrow(
      /could not be installed with apt-get[\s\S]*Unable to locate package chromium/,
    );
  });
});
