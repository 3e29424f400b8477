import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// What the deployment test compares: the environment variables the code reads (found in the code
// itself, so that a variable added tomorrow is checked too), the README's table of them, and
// the variables docker/.env.example gives compose.

/** The processes of a deployment, as docker/compose.yaml names their services. */
export type Service = 'api' | 'worker' | 'migrate';

/** Which services run the code of each folder (libs and workflows: both servers). */
const codeOf: { dir: string; services: Service[] }[] = [
  { dir: 'apps/api/src', services: ['api'] },
  { dir: 'apps/worker/src', services: ['worker'] },
  { dir: 'workflows/src', services: ['api', 'worker'] },
  { dir: 'libs/domain/src', services: ['api', 'worker'] },
  { dir: 'libs/persistence/src', services: ['api', 'worker'] },
  { dir: 'libs/notifications/src', services: ['api', 'worker'] },
  { dir: 'libs/documents/src', services: ['api', 'worker'] },
];

const isTest = (file: string) => /\.(spec|test)\.tsx?$/.test(file);

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((file) => !isTest(file));
}

/** A configuration module: its zod schema's keys are the variables it reads. */
const isConfigModule = (file: string) => /^apps\/[^/]+\/src\/config(\.ts$|\/)/.test(file);

const names = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);

/** Each variable read by the servers' code, with the services that read it and where. */
export function variablesReadByCode(
  root: string,
): Map<string, { services: Set<Service>; files: string[] }> {
  const found = new Map<string, { services: Set<Service>; files: string[] }>();
  for (const { dir, services } of codeOf) {
    for (const file of sourceFiles(root, dir)) {
      const text = readFileSync(join(root, file), 'utf8');
      const read = [
        ...names(text, /process\.env\[\s*['"`]([A-Z][A-Z0-9_]*)['"`]\s*\]/g),
        ...names(text, /process\.env\.([A-Z][A-Z0-9_]*)/g),
        // The schema's keys, two spaces in: `  DATABASE_URL: z.string()...`.
        ...(isConfigModule(file) ? names(text, /^ {2}([A-Z][A-Z0-9_]*)\s*:/gm) : []),
      ];
      const readers: Service[] = file.endsWith('/migrate-config.ts') ? ['migrate'] : services;
      for (const name of read) {
        const entry = found.get(name) ?? { services: new Set<Service>(), files: [] };
        readers.forEach((service) => entry.services.add(service));
        if (!entry.files.includes(file)) entry.files.push(file);
        found.set(name, entry);
      }
    }
  }
  return found;
}

/** The variables named in the README's "Configuration" table (first column, in backticks). */
export function variablesInReadme(root: string): Set<string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Configuration');
  if (start < 0) throw new Error('README.md has no "## Configuration" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const documented = new Set<string>();
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) continue;
    const firstCell = line.split('|')[1] ?? '';
    names(firstCell, /`([A-Z][A-Z0-9_]*)`/g).forEach((name) => documented.add(name));
  }
  return documented;
}

/** The variables an env file sets (`NAME=value` lines). */
export function variablesInEnvFile(path: string): string[] {
  return names(readFileSync(path, 'utf8'), /^([A-Z][A-Z0-9_]*)=/gm);
}
