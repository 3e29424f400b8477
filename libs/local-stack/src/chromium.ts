/**
 * The Chromium the end-to-end tests drive through playwright-core. Never Playwright's own
 * browser download (it needs the internet, which CI machines here do not have): the system's
 * Chromium, installed from the distribution's packages when missing.
 */

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumDeps {
  env: NodeJS.ProcessEnv;
  /** Absolute path of an executable found on PATH, if any. */
  which(name: string): Promise<string | undefined>;
  /** Whether `binary --version` succeeds. */
  runs(binary: string): Promise<boolean>;
  /** Whether this process runs as root (apt-get needs it). */
  isRoot: boolean;
  /** Runs a command to the end; fails with its output when it fails. */
  run(command: string, args: string[]): Promise<void>;
  log(message: string): void;
}

const INSTALL_HINT =
  'Install it (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROMIUM_PATH to a ' +
  'Chromium or Chrome executable.';

async function found(deps: ChromiumDeps): Promise<string | undefined> {
  if (await deps.runs(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const onPath = await deps.which('chromium');
  if (onPath && (await deps.runs(onPath))) return onPath;
  return undefined;
}

/**
 * Order: CHROMIUM_PATH, /usr/bin/chromium, `chromium` on PATH; then, as root on a machine with
 * apt-get, the distribution's package. The first one that runs wins.
 */
export async function resolveChromium(deps: ChromiumDeps): Promise<string> {
  const fromEnv = deps.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (await deps.runs(fromEnv)) return fromEnv;
    deps.log(`CHROMIUM_PATH=${fromEnv} does not run; looking elsewhere`);
  }
  const present = await found(deps);
  if (present) return present;

  const aptGet = await deps.which('apt-get');
  if (!deps.isRoot || !aptGet) {
    throw new Error(`No Chromium found for the end-to-end tests. ${INSTALL_HINT}`);
  }
  const steps: [string, string[]][] = [
    [aptGet, ['update']],
    [aptGet, ['install', '-y', '--no-install-recommends', 'chromium']],
  ];
  try {
    for (const [command, args] of steps) {
      deps.log(`Installing Chromium for the end-to-end tests: ${command} ${args.join(' ')}`);
      await deps.run(command, args);
    }
  } catch (err) {
    throw new Error(
      `Chromium could not be installed with apt-get. ${INSTALL_HINT}\n` +
        (err instanceof Error ? err.message : String(err)),
    );
  }
  const installed = await found(deps);
  if (installed) return installed;
  throw new Error(`apt-get installed chromium, but no working chromium is found. ${INSTALL_HINT}`);
}
