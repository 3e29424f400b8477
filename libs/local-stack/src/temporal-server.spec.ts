import { ensureTemporalBinary } from './temporal-install';
import { freePort, isPortFree } from './ports';
import { trackedProcessGroups } from './process-registry';
import { describeNamespace, devServerArgs, startTemporalDevServer } from './temporal-server';

describe('devServerArgs', () => {
  it('builds the start-dev command line', () => {
    expect(
      devServerArgs({
        binary: 't',
        port: 7233,
        uiPort: 8233,
        namespace: 'ns',
        dbFile: '/d.sqlite',
      }),
    ).toEqual([
      ...['server', 'start-dev', '--ip', '127.0.0.1', '--port', '7233', '--ui-port', '8233'],
      ...['--namespace', 'ns', '--db-filename', '/d.sqlite', '--log-level', 'warn'],
      ...['--dynamic-config-value', 'frontend.enableExecuteMultiOperation=true'],
      ...['--dynamic-config-value', 'frontend.enableUpdateWorkflowExecution=true'],
    ]);
    expect(devServerArgs({ binary: 't', port: 1, namespace: 'x', headless: true })).toContain(
      '--headless',
    );
  });
});

describe('startTemporalDevServer', () => {
  it('starts a dev server that serves the namespace, and stops it without a trace', async () => {
    const binary = process.env['TEMPORAL_BINARY'] ?? (await ensureTemporalBinary());
    const port = await freePort();
    const before = trackedProcessGroups();
    const server = await startTemporalDevServer({
      binary,
      port,
      namespace: 'local-stack-spec',
      headless: true,
    });
    expect(server.address).toBe(`127.0.0.1:${port}`);
    await expect(describeNamespace(server.address, 'local-stack-spec')).resolves.toBeUndefined();
    const [pid] = trackedProcessGroups().filter((p) => !before.includes(p));
    expect(pid).toBeGreaterThan(0);

    await server.stop();
    expect(trackedProcessGroups()).toEqual(before);
    expect(() => process.kill(-(pid as number), 0)).toThrow(); // no process left in its group
    await expect(isPortFree(port)).resolves.toBe(true);
    await expect(describeNamespace(server.address, 'local-stack-spec')).rejects.toThrow();
  }, 120_000);
});
