import { resolveChromium } from './chromium';
import { runInstaller, runs, which } from './temporal-install';

/** Path of a Chromium for playwright-core, installing the distribution's package if needed. */
export function ensureChromium(): Promise<string> {
  return resolveChromium({
    env: process.env,
    which,
    runs,
    isRoot: process.getuid?.() === 0,
    run: (command, args) => runInstaller(command, args, { DEBIAN_FRONTEND: 'noninteractive' }),
    log: (message) => console.log(`[local-stack] ${message}`),
  });
}
