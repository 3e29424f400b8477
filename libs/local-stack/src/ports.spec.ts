import { createServer, type Server } from 'node:net';
import { assertPortFree, freePort, isPortFree } from './ports';

describe('ports', () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  it('finds a free port and notices when it is taken', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    await expect(isPortFree(port)).resolves.toBe(true);
    server = createServer();
    await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));
    await expect(isPortFree(port)).resolves.toBe(false);
    await expect(assertPortFree(port, 'PostgreSQL')).rejects.toThrow(
      `Cannot start PostgreSQL: port ${port} on 127.0.0.1 is already in use`,
    );
  });
});
