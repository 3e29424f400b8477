import { builtinModules } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { transform, type Options } from '@swc/core';
import { findProjectRoot } from '@budgetflow/local-stack';

// What a production image runs, as a folder: `node scripts/build-server.ts --target api|worker
// --out <dir>` compiles the server code (the app, the libs and workflows it uses) from
// TypeScript to JavaScript in the repository's own layout, bundles the workflows for the worker,
// and copies exactly the npm packages the code needs at run time (no devDependencies, no other
// platforms' binaries). The Dockerfiles copy the folder into the image; `node apps/api/src/main.js`
// (or apps/worker/src/main.js) in it then runs with nothing compiled at start-up.

/** The workspace packages the servers are made of; each keeps its folder, its src/ becomes JS. */
const serverPackages: Record<string, string> = {
  '@budgetflow/api': 'apps/api',
  '@budgetflow/worker': 'apps/worker',
  '@budgetflow/workflows': 'workflows',
  '@budgetflow/domain': 'libs/domain',
  '@budgetflow/persistence': 'libs/persistence',
  '@budgetflow/notifications': 'libs/notifications',
  '@budgetflow/observability': 'libs/observability',
  '@budgetflow/tracing': 'libs/tracing',
  '@budgetflow/documents': 'libs/documents',
};

export type ImageTarget = 'api' | 'worker';

/**
 * The processes an image starts: its main and, in the api image, the migration run and the
 * making of the first system administrator (`docker compose run migrate node scripts/…`).
 */
export const imageEntries: Record<ImageTarget, string[]> = {
  api: [
    'apps/api/src/main.js',
    'apps/api/src/migrate.js',
    'scripts/create-system-administrator.js',
  ],
  worker: ['apps/worker/src/main.js'],
};

/** Scripts outside the packages that an image's operator runs, compiled beside them. */
const operatorScripts: Record<ImageTarget, string[]> = {
  api: ['scripts/create-system-administrator.ts'],
  worker: [],
};

/** Where the worker image keeps its prebuilt workflow bundle (WORKFLOW_BUNDLE_PATH). */
export const WORKFLOW_BUNDLE_FILE = 'workflow-bundle.js';

// As jest.preset.js: decorators with their metadata, which NestJS's injection reads.
const swcOptions: Options = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
  // Stack traces name the TypeScript file and line; the image holds no sources.
  inlineSourcesContent: false,
};

const isTest = (file: string) => /\.(spec|test)\.ts$/.test(file) || /(^|\/)__tests__\//.test(file);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** One TypeScript file as JavaScript with its source map, at the same place under `out`. */
async function compileFile(root: string, out: string, file: string): Promise<void> {
  const to = join(out, file.replace(/\.ts$/, '.js'));
  const { code, map } = await transform(await readFile(join(root, file), 'utf8'), {
    ...swcOptions,
    filename: join(root, file),
    sourceFileName: relative(dirname(to), join(out, file)),
  });
  await mkdir(dirname(to), { recursive: true });
  await writeFile(to, `${code}\n//# sourceMappingURL=${to.split('/').pop()}.map\n`);
  if (map) await writeFile(`${to}.map`, map);
}

/**
 * Every server package's src/ as JavaScript (with source maps), other files as they are.
 * Answers with the scripts among those (a worker thread's .mjs), which the code starts by path.
 */
async function compile(root: string, out: string, target: ImageTarget): Promise<string[]> {
  const scripts: string[] = [];
  for (const file of operatorScripts[target]) await compileFile(root, out, file);
  for (const dir of Object.values(serverPackages)) {
    for (const file of await filesUnder(join(root, dir, 'src'))) {
      const path = join(dir, 'src', file);
      if (isTest(file)) continue;
      if (extname(file) === '.ts') {
        await compileFile(root, out, path);
        continue;
      }
      await mkdir(dirname(join(out, path)), { recursive: true });
      await cp(join(root, path), join(out, path));
      if (/\.(c|m)?js$/.test(file)) scripts.push(path);
    }
    const manifest = JSON.parse(await readFile(join(root, dir, 'package.json'), 'utf8'));
    const main = String(manifest.main).replace(/\.ts$/, '.js');
    delete manifest.types;
    await writeFile(
      join(out, dir, 'package.json'),
      `${JSON.stringify({ ...manifest, main }, null, 2)}\n`,
    );
  }
  return scripts;
}

/** What a file loads: require() in the CommonJS SWC writes, import in a kept ES module. */
function specifiersIn(file: string, code: string): string[] {
  const requires = [...code.matchAll(/\brequire(?:\.resolve)?\(\s*["']([^"']+)["']\s*\)/g)];
  if (!file.endsWith('.mjs')) return requires.map((m) => m[1]!);
  const imports = [
    ...code.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\s*(?:\(\s*)?["']([^"']+)["']/g),
  ];
  return [...requires, ...imports].map((m) => m[1]!);
}

const builtins = new Set(builtinModules);
const packageNameOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

function resolveFile(base: string): string | undefined {
  const candidates = [base, `${base}.js`, `${base}.json`, join(base, 'index.js')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/**
 * Follows the code from its entries through the compiled files, copying the files outside the
 * packages that it reads (config/organisation.json), and answers with the npm packages it
 * requires, each with a file that requires it.
 */
async function walk(root: string, out: string, entries: string[]): Promise<Map<string, string>> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = entries.map((entry) => join(out, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(c|m)?js$/.test(file)) continue;
    for (const specifier of specifiersIn(file, await readFile(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const inOut = resolve(dirname(file), specifier);
        let target = resolveFile(inOut);
        if (!target) {
          // Outside every src/, so not compiled: copied from the repository (a JSON file).
          const inRoot = relative(out, inOut).startsWith('..')
            ? undefined
            : resolveFile(join(root, relative(out, inOut)));
          if (!inRoot) throw new Error(`${relative(out, file)} requires ${specifier}: not found`);
          target = join(out, relative(root, inRoot));
          await mkdir(dirname(target), { recursive: true });
          await cp(inRoot, target);
        }
        queue.push(target);
        continue;
      }
      if (specifier.startsWith('node:') || builtins.has(specifier)) continue;
      const name = packageNameOf(specifier);
      const own = serverPackages[name];
      if (own) {
        const manifest = JSON.parse(await readFile(join(out, own, 'package.json'), 'utf8'));
        const sub = specifier.slice(name.length);
        const target = resolveFile(join(out, own, sub ? sub.slice(1) : manifest.main));
        if (!target) throw new Error(`${relative(out, file)} requires ${specifier}: not found`);
        queue.push(target);
      } else if (name.startsWith('@budgetflow/')) {
        throw new Error(`${relative(out, file)} requires ${name}, which is no server package`);
      } else if (!packages.has(name)) {
        packages.set(name, relative(out, file));
      }
    }
  }
  return packages;
}

/** The package `name` as node finds it from `fromDir`: the nearest node_modules holding it. */
function locate(root: string, fromDir: string, name: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir === dirname(dir)) return undefined;
  }
}

// What a package ships that nothing runs: other platforms' native builds, sources, types.
const nativeTarget = `${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-unknown-linux-gnu`;
const unused: Record<string, (path: string) => boolean> = {
  '@temporalio/core-bridge': (path) =>
    /^(sdk-core|src|bridge-macros)(\/|$)/.test(path) ||
    (/^releases\/[^/]+/.test(path) && !path.startsWith(`releases/${nativeTarget}`)),
};
const isTypeDeclaration = (path: string) => /\.d\.[cm]?ts(\.map)?$/.test(path);

/** Copies the packages and everything they depend on, each from where node would load it. */
async function copyPackages(root: string, out: string, names: Iterable<string>): Promise<number> {
  const copied = new Set<string>();
  const queue = [...names].map((name) => ({ name, from: root, optional: false }));
  while (queue.length > 0) {
    const { name, from, optional } = queue.pop()!;
    const dir = locate(root, from, name);
    if (!dir) {
      if (optional) continue;
      throw new Error(`${name} (needed from ${relative(root, from) || '.'}) is not installed`);
    }
    if (copied.has(dir)) continue;
    copied.add(dir);
    const skip = unused[name];
    await cp(dir, join(out, relative(root, dir)), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => {
        const path = relative(dir, source);
        if (path === 'node_modules' || path.startsWith('node_modules/')) return false;
        return !isTypeDeclaration(path) && !(skip && skip(path));
      },
    });
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    const add = (deps: Record<string, string> | undefined, isOptional: boolean) => {
      for (const dep of Object.keys(deps ?? {})) {
        queue.push({ name: dep, from: dir, optional: isOptional });
      }
    };
    add(manifest.dependencies, false);
    // Optional ones are taken where installed: a platform's native build, a driver (typeorm: pg).
    add(manifest.optionalDependencies, true);
    add(manifest.peerDependencies, true);
  }
  return copied.size;
}

/** Links node_modules/@budgetflow/x to the compiled packages, as npm's workspaces do. */
async function linkWorkspaces(out: string): Promise<void> {
  for (const [name, dir] of Object.entries(serverPackages)) {
    const link = join(out, 'node_modules', name);
    await mkdir(dirname(link), { recursive: true });
    await symlink(relative(dirname(link), join(out, dir)), link);
  }
}

async function bundleWorkflows(out: string): Promise<void> {
  const { bundleWorkflowCode, DefaultLogger } = await import('@temporalio/worker');
  const { workflowsPath, workflowBundleOptions } = await import('@budgetflow/workflows');
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    ...workflowBundleOptions,
    logger: new DefaultLogger('WARN'),
  });
  await writeFile(join(out, WORKFLOW_BUNDLE_FILE), code);
}

export interface BuildServerOptions {
  target: ImageTarget;
  out: string;
  /** The web app's build, copied to dist/apps/web (the api image). */
  web?: string;
  log?: (message: string) => void;
}

export async function buildServer(options: BuildServerOptions): Promise<void> {
  const root = findProjectRoot();
  const out = resolve(options.out);
  const log = options.log ?? (() => undefined);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });

  log('compiling TypeScript with SWC');
  const scripts = await compile(root, out, options.target);
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  await writeFile(
    join(out, 'package.json'),
    `${JSON.stringify({ name: manifest.name, version: manifest.version, private: true }, null, 2)}\n`,
  );
  const packages = await walk(root, out, [...imageEntries[options.target], ...scripts]);
  const dependencies = new Set(Object.keys(manifest.dependencies ?? {}));
  const missing = [...packages].filter(([name]) => !dependencies.has(name));
  if (missing.length > 0) {
    throw new Error(
      'Needed at run time but not in package.json "dependencies" (a devDependency, or only ' +
        `installed for another package): ${missing.map(([n, f]) => `${n} (by ${f})`).join(', ')}`,
    );
  }
  const count = await copyPackages(root, out, packages.keys());
  log(`${packages.size} packages required by the code, ${count} with their dependencies`);
  await linkWorkspaces(out);
  if (options.target === 'worker') {
    log('bundling the workflows');
    await bundleWorkflows(out);
  }
  if (options.web) {
    if (!existsSync(join(options.web, 'index.html'))) {
      throw new Error(`${options.web} holds no web build (npm run build:web makes it)`);
    }
    await cp(options.web, join(out, 'dist', 'apps', 'web'), { recursive: true });
  }
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      target: { type: 'string' },
      out: { type: 'string' },
      web: { type: 'string' },
    },
  });
  const target = values.target;
  if ((target !== 'api' && target !== 'worker') || !values.out) {
    console.error('usage: build-server --target api|worker --out <dir> [--web dist/apps/web]');
    process.exit(2);
  }
  const started = Date.now();
  buildServer({
    target,
    out: values.out,
    ...(values.web ? { web: values.web } : {}),
    log: (message) => console.log(`[build-server] ${message}`),
  }).then(
    () =>
      console.log(
        `[build-server] ${target} built into ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      ),
    (error: unknown) => {
      console.error(`[build-server] ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
