import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { initiativeWorkflowId, roundWorkflowId } from '@budgetflow/workflows';
import { testNamespace, testTemporalAddress, workflowBundlePath } from '@budgetflow/testing';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { as } from './support/actors';
import { startTestSystem, type TestSystem } from './support/test-system';
import { createAndWalk } from './support/walk';

/**
 * The workflow code must replay every history it ever wrote: recorded histories are committed in
 * workflows/histories/ and replayed against the current code, so a non-deterministic change fails
 * here before it reaches running rounds. RECORD_HISTORIES=1 writes fresh ones.
 */
const historiesDir = join(__dirname, '../../../workflows/histories');

async function replay(histories: { workflowId: string; history: unknown }[]) {
  const results = [];
  for await (const result of Worker.runReplayHistories(
    { workflowBundle: { codePath: workflowBundlePath() } },
    histories,
  )) {
    results.push({ workflowId: result.workflowId, error: result.error?.message ?? null });
  }
  return results;
}

describe('determinism of the workflow code', () => {
  it('replays every committed history', async () => {
    const files = (await readdir(historiesDir)).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    const histories = await Promise.all(
      files.map(async (file) => ({
        workflowId: file,
        history: historyFromJSON(JSON.parse(await readFile(join(historiesDir, file), 'utf8'))),
      })),
    );
    expect(await replay(histories)).toEqual(
      files.map((workflowId) => ({ workflowId, error: null })),
    );
  });

  describe('fresh histories, from a worker that replays every task (no workflow cache)', () => {
    let system: TestSystem;
    beforeAll(async () => {
      system = await startTestSystem({ maxCachedWorkflows: 0 });
    });
    afterAll(() => system.stop());

    it('runs a round calendar, a lifecycle and a merge, and replays what they wrote', async () => {
      const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
      await system.http
        .put(
          `/rounds/${system.roundId}/calendar`,
          {
            milestones: [
              {
                id: 'frist',
                kind: 'submissionDeadline',
                title: 'Frist for budgetinitiativer',
                date: inAYear,
                time: '12:00',
              },
            ],
          },
          as.coordinator,
        )
        .expect(200);
      await system.http
        .post(`/rounds/${system.roundId}/late-submissions`, { number: '4.2' }, as.coordinator)
        .expect(200);
      await createAndWalk(system, '4.2', 'costed');
      await createAndWalk(system, '4.5', 'included');
      await createAndWalk(system, '4.6', 'submitted');
      await system.http
        .post(system.initiativePath('4.2', 'merge'), { into: '4.6' }, as.coordinator)
        .expect(200);
      await system.http
        .post(
          system.initiativePath('4.6', 'reject'),
          { reason: 'Ikke prioriteret' },
          as.coordinator,
        )
        .expect(200);

      const names = {
        '4.2': 'merged-source',
        '4.5': 'included',
        '4.6': 'merge-target-rejected',
      } as const;
      const workflows = [
        ...Object.entries(names).map(([number, name]) => ({
          name: `initiative-${name}`,
          workflowId: initiativeWorkflowId(system.roundId, number),
        })),
        { name: 'round-calendar', workflowId: roundWorkflowId(system.roundId) },
      ];
      const histories = await Promise.all(
        workflows.map(async ({ name, workflowId }) => ({
          name,
          workflowId,
          history: await system.temporal.workflow.getHandle(workflowId).fetchHistory(),
        })),
      );
      expect((await replay(histories)).map((r) => r.error)).toEqual([null, null, null, null]);

      if (process.env['RECORD_HISTORIES'] === '1') {
        for (const { name, workflowId } of histories) {
          await writeFile(join(historiesDir, `${name}.json`), await historyJsonFromCli(workflowId));
        }
      }
    });
  });
});

/** The history in Temporal's standard JSON form, as `temporal workflow show` writes it. */
async function historyJsonFromCli(workflowId: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.env['TEMPORAL_BINARY'] ?? 'temporal',
    [
      'workflow',
      'show',
      '--workflow-id',
      workflowId,
      '--output',
      'json',
      '--address',
      testTemporalAddress(),
      '--namespace',
      testNamespace(),
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout;
}
