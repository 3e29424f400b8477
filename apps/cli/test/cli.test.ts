import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expectedDocument, formFixtures, renderFixture } from '@budgetflow/documents/fixtures';

// The command as people run it from the repository's root: `npm run cli -- …` and `npx budgetflow …`.

const root = resolve(__dirname, '..', '..', '..');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(command, [...args], { cwd: root, timeout: 90_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'budgetflow-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixtureFile(name: string, format: 'docx' | 'txt' | 'pdf'): Promise<string> {
  const fixture = formFixtures().find((f) => f.name === name)!;
  const { fileName, bytes } = await renderFixture(fixture, format);
  const path = join(dir, fileName);
  await writeFile(path, bytes);
  return path;
}

describe('budgetflow import --dry-run --json', () => {
  it('prints what it read from a .docx as one JSON object, in the API’s field names', async () => {
    const file = await fixtureFile('akutteam', 'docx');
    const result = await run('npm', [
      'run',
      '-s',
      'cli',
      '--',
      'import',
      '--dry-run',
      '--json',
      file,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const akutteam = formFixtures().find((f) => f.name === 'akutteam')!;
    expect(JSON.parse(lines[0]!)).toEqual({
      file,
      kind: 'initiative',
      document: expectedDocument(akutteam.spec),
      warnings: [],
    });
  }, 120_000);

  it('reads several files, one line each, and says in Danish which it could not read', async () => {
    const damaged = await fixtureFile('akutteam-ødelagt', 'pdf');
    const unreadable = join(dir, 'budget.xlsx');
    await writeFile(unreadable, 'x');
    const result = await run('npm', [
      'run',
      '-s',
      'cli',
      '--',
      'import',
      '--dry-run',
      '--json',
      damaged,
      unreadable,
    ]);
    expect(result.code).toBe(1);
    const [read] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(read).toMatchObject({ file: damaged, kind: 'initiative' });
    expect(read!['warnings']).toContainEqual({
      field: 'number',
      message: 'Dokumentet angiver flere numre (5.4 og 5.3); nummeret er ikke læst',
    });
    expect(result.stderr).toContain(
      `Kunne ikke læse ${unreadable}: Filtypen ".xlsx" kan ikke læses; brug .docx, .pdf eller .txt`,
    );
  }, 120_000);

  it('runs as npx budgetflow, and imports only when told the round and who signs in', async () => {
    const file = await fixtureFile('konsulenter', 'txt');
    const dry = await run('npx', ['--offline', '--no', 'budgetflow', 'import', '--dry-run', file]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      'budgetinitiativ 9.2 "Færre eksterne konsulentydelser", 0 advarsler',
    );
    // The import through the API itself is tested against a running API in apps/api/test.
    const real = await run('npx', ['--offline', '--no', 'budgetflow', 'import', file]);
    expect(real.code).toBe(2);
    expect(real.stderr).toContain('Angiv budgetrunden med --round');
  }, 120_000);
});
