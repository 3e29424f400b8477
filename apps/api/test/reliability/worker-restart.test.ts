import type { ChildProcess } from 'node:child_process';
import { as } from '../support/actors';
import { recorded } from '../support/recorded';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { createAndWalk, walk } from '../support/walk';
import { killHard, spawnWorkerProcess } from '../support/worker-process';

/** The worker process is killed (SIGKILL) in the middle of the lifecycle; nothing may be lost. */
describe('a worker killed mid-lifecycle', () => {
  let system: TestSystem;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    system = await startTestSystem({ inProcessWorker: false });
  });
  afterAll(async () => {
    if (worker) await killHard(worker);
    await system.stop();
  });

  it('resumes on a new worker: the step sent while none ran completes, and every step is recorded once', async () => {
    worker = await spawnWorkerProcess(system.workerConfig);
    await createAndWalk(system, '4.2', 'submitted');
    await killHard(worker);

    // Sent while no worker runs: the API waits, Temporal keeps the Update until a worker takes it.
    const pending = system.http.post(
      system.initiativePath('4.2', 'start-review'),
      {},
      as.administration,
    );
    const settled = pending.then((response) => response);
    await new Promise((resolve) => setTimeout(resolve, 500));

    worker = await spawnWorkerProcess(system.workerConfig);
    const response = await settled;
    expect(response.status).toBe(200);
    expect(response.body.state).toBe('inReview');

    await walk(system, '4.2', 'inReview', 'costed');
    await killHard(worker);
    worker = await spawnWorkerProcess(system.workerConfig);
    await walk(system, '4.2', 'costed', 'included');

    const final = await recorded(system, '4.2');
    expect(final.body.history.map((h: { seq: number; to: string }) => [h.seq, h.to])).toEqual([
      [1, 'draft'],
      [2, 'submitted'],
      [3, 'inReview'],
      [4, 'inReview'],
      [5, 'costed'],
      [6, 'inNegotiation'],
      [7, 'included'],
    ]);
    expect(final.version).toBe(7);
    expect(final.acceptedUpdates).toBe(7);
  });
});
