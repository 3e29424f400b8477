import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

const workerMain = resolve(__dirname, '../../../worker/src/main.ts');

/** The real worker process (apps/worker/src/main.ts), to be killed like a crashing server. */
export async function spawnWorkerProcess(
  env: Record<string, string | number>,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', workerMain], {
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)])),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolveReady, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Worker polling task queue')) resolveReady();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`worker exited (${code}) before it was ready:\n${output}`)),
    );
  });
  await ready;
  return child;
}

export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}
