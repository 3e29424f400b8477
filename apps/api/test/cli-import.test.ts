import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formFixtures, renderFixture } from '@budgetflow/documents/fixtures';
import { as } from './support/actors';
import { startTestSystem, type TestSystem } from './support/test-system';

// `budgetflow import` as people run it, against this test system's API listening on a port:
// signed in with a token or a login, a bar over the files, a Danish summary, and an exit code
// that says whether anything was refused.

const root = resolve(__dirname, '..', '..', '..');
const bin = join(root, 'apps', 'cli', 'bin', 'budgetflow.js');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function budgetflow(args: readonly string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, timeout: 90_000, env: { ...process.env, ...env } },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const member = as.party('Socialdemokratiet');

describe('budgetflow import against the API', () => {
  let system: TestSystem;
  let api: string;
  let dir: string;

  beforeAll(async () => {
    system = await startTestSystem();
    await system.app.listen(0, '127.0.0.1');
    const { port } = system.app.getHttpServer().address() as AddressInfo;
    api = `http://127.0.0.1:${port}/api`;
    dir = await mkdtemp(join(tmpdir(), 'budgetflow-cli-import-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await system.stop();
  });

  async function fixtureFile(name: string, format: 'docx' | 'pdf' | 'txt'): Promise<string> {
    const fixture = formFixtures().find((one) => one.name === name)!;
    const { fileName, bytes } = await renderFixture(fixture, format);
    const path = join(dir, fileName);
    await writeFile(path, bytes);
    return path;
  }

  it('imports the files it may, says which were refused and why, and exits with 1', async () => {
    const own = await fixtureFile('akutteam', 'docx');
    const venstres = await fixtureFile('ungdomsbus', 'pdf');
    const spreadsheet = join(dir, 'budget.xlsx');
    await writeFile(spreadsheet, 'x');
    const { token } = await system.sessionOf(member);
    const run = await budgetflow(
      ['import', '--round', system.roundId, '--api', api, own, venstres, spreadsheet],
      { BUDGETFLOW_TOKEN: token },
    );
    expect(run.stdout.trim().split('\n')).toEqual([
      `${own}: forslag 5.4 oprettet`,
      `${venstres}: forslag 6.1 afvist: Kun forslagsstilleren selv kan oprette forslaget`,
      '3 filer: 1 oprettet, 0 opdateret, 0 uændret, 1 afvist, 1 kunne ikke læses',
    ]);
    expect(run.stderr).toContain(
      `Kunne ikke læse ${spreadsheet}: Filtypen ".xlsx" kan ikke læses; brug .docx, .pdf eller .txt`,
    );
    expect(run.code).toBe(1);
    await system.http.get(system.initiativePath('5.4'), member).expect(200);

    const again = await budgetflow(['import', '--round', system.roundId, '--api', api, own], {
      BUDGETFLOW_TOKEN: token,
    });
    expect([again.code, again.stdout.trim().split('\n')]).toEqual([
      0,
      [`${own}: forslag 5.4 uændret`, '1 fil: 0 oprettet, 0 opdateret, 1 uændret, 0 afvist'],
    ]);
  }, 180_000);

  it('signs in with a login, and previews as JSON lines without changing anything', async () => {
    await system.http
      .post(
        `/users/${member.id}/password`,
        { password: 'en lang adgangskode' },
        as.systemAdministrator,
      )
      .expect(200);
    const konsulenter = await fixtureFile('konsulenter', 'txt');
    const own = await fixtureFile('akutteam', 'pdf');
    const run = await budgetflow(
      [
        'import',
        '--dry-run',
        '--preview',
        '--json',
        '--round',
        system.roundId,
        '--api',
        api,
        '--login',
        member.id,
        own,
        konsulenter,
      ],
      { BUDGETFLOW_PASSWORD: 'en lang adgangskode', BUDGETFLOW_TOKEN: '' },
    );
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toMatchObject([
      { file: own, number: '5.4', action: 'noChange', changes: [], warnings: [] },
      {
        file: konsulenter,
        number: '9.2',
        action: 'refused',
        reason: 'Kun forslagsstilleren selv kan oprette forslaget',
      },
    ]);
    expect(run.stderr).toContain('2 filer: 0 oprettes, 0 rettes, 1 uændret, 1 afvises');
    expect(run.code).toBe(1);
    await system.http.get(system.initiativePath('9.2'), as.administration).expect(404);

    const wrong = await budgetflow(
      ['import', '--round', system.roundId, '--api', api, '--login', member.id, own],
      { BUDGETFLOW_PASSWORD: 'forkert adgangskode' },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`Importen er ikke begyndt: Log-ind som ${member.id} afvist`);
  }, 180_000);

  it('stops at once for a round that does not exist', async () => {
    const own = await fixtureFile('akutteam', 'txt');
    const { token } = await system.sessionOf(member);
    const run = await budgetflow(['import', '--round', 'ukendt', '--api', api, own, own], {
      BUDGETFLOW_TOKEN: token,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Importen er stoppet: Budgetrunden ukendt findes ikke');
  }, 180_000);

  it('keeps --dry-run to this machine: no server is asked', async () => {
    const own = await fixtureFile('akutteam', 'txt');
    const run = await budgetflow(
      [
        'import',
        '--dry-run',
        '--json',
        '--round',
        system.roundId,
        '--api',
        'http://127.0.0.1:9/api',
        own,
      ],
      {},
    );
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: own, kind: 'initiative' });
  }, 180_000);
});
