import { startProcess } from './managed-process';
import { trackedProcessGroups } from './process-registry';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// A parent that ignores SIGTERM and has a child of its own: stop() must escalate to SIGKILL and
// take the whole process group.
const STUBBORN = `
  const { spawn } = require('node:child_process');
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  process.on('SIGTERM', () => console.log('ignoring SIGTERM'));
  console.log('grandchild ' + child.pid);
  setInterval(() => {}, 1000);
`;

describe('startProcess', () => {
  it('stops a stubborn process and its children, leaving nothing behind', async () => {
    const lines: string[] = [];
    const proc = startProcess({
      name: 'stubborn',
      command: process.execPath,
      args: ['-e', STUBBORN],
      onLine: (line) => lines.push(line),
      graceMs: 500,
    });
    while (!lines.some((l) => l.startsWith('grandchild'))) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const grandchild = Number(lines.find((l) => l.startsWith('grandchild'))?.split(' ')[1]);
    expect(trackedProcessGroups()).toContain(proc.pid);

    const exit = await proc.stop();
    expect(exit.signal).toBe('SIGKILL');
    expect(proc.recentOutput()).toContain('ignoring SIGTERM');
    expect(isAlive(proc.pid)).toBe(false);
    await new Promise((r) => setTimeout(r, 100));
    expect(isAlive(grandchild)).toBe(false);
    expect(trackedProcessGroups()).not.toContain(proc.pid);
  });

  it('reports a command that does not exist', async () => {
    const proc = startProcess({ name: 'missing', command: '/nonexistent/cmd', args: [] });
    const exit = await proc.exited;
    expect(exit.error?.message).toContain('ENOENT');
    await expect(proc.stop()).resolves.toBe(exit);
  });
});
