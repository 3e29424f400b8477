import type { ChildProcess } from 'node:child_process';
import { historyQuery, initiativeWorkflowId } from '@budgetflow/workflows';
import { as } from '../support/actors';
import { partyForm } from '../support/forms';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { createAndWalk } from '../support/walk';
import { killHard, spawnWorkerProcess } from '../support/worker-process';

/** A client that retries a command with the same `Idempotency-Key` takes the step once. */
describe('Idempotency-Key', () => {
  let system: TestSystem;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    system = await startTestSystem({ inProcessWorker: false });
    worker = await spawnWorkerProcess(system.workerConfig);
  });
  afterAll(async () => {
    if (worker) await killHard(worker);
    await system.stop();
  });

  const steps = async (number: string) => {
    const records = await system.temporal.workflow
      .getHandle(initiativeWorkflowId(system.roundId, number))
      .query(historyQuery);
    const audit: { command: string }[] = await system.dataSource.query(
      'SELECT command FROM audit_entry WHERE number = $1 ORDER BY seq',
      [number],
    );
    return { workflow: records.map((r) => r.command), readModel: audit.map((r) => r.command) };
  };

  it('takes a step retried after a timeout once, and answers the retry with its result', async () => {
    await createAndWalk(system, '4.2', 'submitted');
    await killHard(worker!);
    worker = undefined;

    // No worker: the first attempt waits in Temporal until the client gives up.
    const path = system.initiativePath('4.2', 'start-review');
    const timedOut = await system.http
      .post(path, {}, as.administration)
      .set('Idempotency-Key', 'review-4.2')
      .timeout(400)
      .then(
        () => false,
        (error: { timeout?: number }) => error.timeout !== undefined,
      );
    expect(timedOut).toBe(true);

    worker = await spawnWorkerProcess(system.workerConfig);
    const retried = await system.http
      .post(path, {}, as.administration)
      .set('Idempotency-Key', 'review-4.2')
      .expect(200);
    expect(retried.body).toMatchObject({ state: 'inReview', version: 3 });

    const again = await system.http
      .post(path, {}, as.administration)
      .set('Idempotency-Key', 'review-4.2')
      .expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(retried.body);

    expect(await steps('4.2')).toEqual({
      workflow: ['create', 'submit', 'startReview'],
      readModel: ['create', 'submit', 'startReview'],
    });
  });

  it('answers simultaneous copies of one keyed request with one step', async () => {
    await createAndWalk(system, '4.3', 'submitted');
    const copies = await Promise.all(
      Array.from({ length: 6 }, () =>
        system.http
          .post(system.initiativePath('4.3', 'start-review'), {}, as.administration)
          .set('Idempotency-Key', 'review-4.3'),
      ),
    );
    expect(copies.map((c) => c.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(copies.map((c) => c.body.version))).toEqual(new Set([3]));
    expect((await steps('4.3')).workflow).toEqual(['create', 'submit', 'startReview']);
  });

  it('creates a draft once when its creation is retried, and still refuses a second number', async () => {
    const create = (key?: string) => {
      const test = system.http.post(
        `/rounds/${system.roundId}/initiatives`,
        { number: '5.1', ...partyForm('Enhedslisten') },
        as.party('Enhedslisten'),
      );
      return key ? test.set('Idempotency-Key', key) : test;
    };
    const first = await create('draft-5.1').expect(201);
    const retry = await create('draft-5.1').expect(201);
    expect(retry.body).toEqual(first.body);

    const unkeyed = await create().expect(409);
    expect(unkeyed.body.code).toBe('duplicateNumber');
    const otherKey = await create('another-draft-5.1').expect(409);
    expect(otherKey.body.code).toBe('duplicateNumber');
    expect((await steps('5.1')).workflow).toEqual(['create']);
  });

  it('refuses a key used again for another request, and a malformed key, changing nothing', async () => {
    await createAndWalk(system, '4.4', 'submitted');
    await system.http
      .post(system.initiativePath('4.4', 'start-review'), {}, as.administration)
      .set('Idempotency-Key', 'step-4.4')
      .expect(200);

    const reused = await system.http
      .post(system.initiativePath('4.4', 'complete-review'), {}, as.administration)
      .set('Idempotency-Key', 'step-4.4')
      .expect(422);
    expect(reused.body).toMatchObject({ code: 'idempotencyKeyReused' });

    const malformed = await system.http
      .post(system.initiativePath('4.4', 'complete-review'), {}, as.administration)
      .set('Idempotency-Key', 'æøå')
      .expect(400);
    expect(malformed.body.errors).toEqual([
      { field: 'Idempotency-Key', message: expect.any(String) },
    ]);
    // A refused request leaves nothing behind, not even its key.
    await system.http
      .post(system.initiativePath('4.4', 'include'), {}, as.coordinator)
      .set('Idempotency-Key', 'refused-4.4')
      .expect(409);
    const kept: unknown[] = await system.dataSource.query(
      "SELECT 1 FROM idempotent_request WHERE key = 'refused-4.4'",
    );
    expect(kept).toEqual([]);
    expect((await steps('4.4')).workflow).toEqual(['create', 'submit', 'startReview']);
  });

  it('keeps keys apart per person: the same key from someone else is their own request', async () => {
    await createAndWalk(system, '4.6', 'costed');
    await system.http
      .post(system.initiativePath('4.6', 'open-negotiation'), {}, as.coordinator)
      .set('Idempotency-Key', 'shared-key')
      .expect(200);
    // The party's withdrawal with the same key is a request of its own, and is decided.
    const withdrawn = await system.http
      .post(
        system.initiativePath('4.6', 'withdraw'),
        { reason: 'Trukket tilbage' },
        as.party('Enhedslisten'),
      )
      .set('Idempotency-Key', 'shared-key')
      .expect(200);
    expect(withdrawn.body.state).toBe('withdrawn');
  });
});
