import type { ChildProcess } from 'node:child_process';
import { as } from '../support/actors';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { createAndWalk } from '../support/walk';
import { killHard, spawnWorkerProcess } from '../support/worker-process';

/**
 * The worker process is killed (SIGKILL) half-way through the budget agreement: a new worker
 * resumes it, and every initiative ends in its place, each step taken exactly once.
 */
describe('a budget agreement interrupted half-way', () => {
  let system: TestSystem;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    system = await startTestSystem({ inProcessWorker: false });
  });
  afterAll(async () => {
    if (worker) await killHard(worker);
    await system.stop();
  });

  // Twelve in the package (half still to be sent to negotiation, every other one halved), six
  // open outside it: 6 × 2 + 6 + 6 = 24 steps.
  const costed = ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6'];
  const negotiating = ['5.1', '5.2', '5.3', '5.4', '5.5', '5.6'];
  const outside = ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6'];
  const inPackage = [...costed, ...negotiating];
  const halved = (number: string) => Number(number.split('.')[1]) % 2 === 0;
  const plannedSteps = costed.length * 2 + negotiating.length + outside.length;

  const outcomesRecorded = async (): Promise<number> => {
    const rows: { n: number }[] = await system.dataSource.query(
      'SELECT jsonb_array_length(outcomes) AS n FROM agreement WHERE round_id = $1',
      [system.roundId],
    );
    return rows[0]?.n ?? 0;
  };

  async function until<T>(read: () => Promise<T>, holds: (value: T) => boolean, ms: number) {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await read();
      if (holds(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  // About 25 s on an idle machine, most of it two worker starts and the server noticing that the
  // killed worker's sticky queue is gone; the margin is for a loaded one.
  it('resumes on a new worker, and takes every step once', async () => {
    const { http, roundId, dataSource } = system;
    worker = await spawnWorkerProcess(system.workerConfig);
    await Promise.all([
      ...costed.map((number) => createAndWalk(system, number, 'costed')),
      ...negotiating.map((number) => createAndWalk(system, number, 'inNegotiation')),
      ...outside.map((number) => createAndWalk(system, number, 'submitted')),
    ]);
    const { id: packageId } = (
      await http
        .post(
          `/rounds/${roundId}/packages`,
          {
            name: 'Forligspakke A',
            items: inPackage.map((number) =>
              halved(number) ? { number, adjustment: { share: '1/2' } } : { number },
            ),
          },
          as.coordinator,
        )
        .expect(201)
    ).body;

    await http
      .post(`/rounds/${roundId}/agreement`, { packageId, version: 1 }, as.coordinator)
      .expect(202);
    const before = await until(outcomesRecorded, (n) => n >= 3, 20_000);
    await killHard(worker);
    const atKill = await outcomesRecorded();
    expect(before).toBeGreaterThanOrEqual(3);
    // Half-way indeed: some steps recorded, not all.
    expect(atKill).toBeLessThan(plannedSteps);

    worker = await spawnWorkerProcess(system.workerConfig);
    const concluded = await until(
      async () =>
        (await http.get(`/rounds/${roundId}/agreement`, as.party('Enhedslisten')).expect(200)).body,
      (body: { state: string }) => body.state === 'concluded',
      90_000,
    );
    expect(concluded).toMatchObject({
      state: 'concluded',
      progress: { planned: plannedSteps, done: plannedSteps, refused: 0 },
    });

    const initiatives: { number: string; state: string; costing: unknown }[] =
      await dataSource.query(
        `SELECT number, state, document->'costing' AS costing FROM initiative
         WHERE round_id = $1 ORDER BY number`,
        [roundId],
      );
    expect(initiatives.map(({ number, state }) => [number, state])).toEqual([
      ...inPackage.map((number) => [number, 'included']),
      ...outside.map((number) => [number, 'rejected']),
    ]);
    // Each carries the agreed economy: the costing of 0,3 mio. kr. in 2026, halved where asked.
    for (const { number, costing } of initiatives.filter((i) => inPackage.includes(i.number))) {
      expect([number, costing]).toEqual([
        number,
        expect.objectContaining({
          economy: expect.objectContaining({
            otherOperations: { '2026': halved(number) ? 150_000 : 300_000 },
          }),
          by: 'koordinator',
        }),
      ]);
    }

    // The audit trail: one include or one rejection per initiative, and each sent to
    // negotiation once, whatever the kill interrupted.
    const steps: { number: string; command: string; n: number }[] = await dataSource.query(
      `SELECT number, command, count(*)::int AS n FROM audit_entry
       WHERE round_id = $1 AND command IN ('openNegotiation', 'include', 'reject')
       GROUP BY number, command ORDER BY number, command`,
      [roundId],
    );
    expect(steps.map(({ number, command, n }) => `${number} ${command} ×${n}`)).toEqual([
      ...inPackage.flatMap((number) => [`${number} include ×1`, `${number} openNegotiation ×1`]),
      ...outside.map((number) => `${number} reject ×1`),
    ]);
    const agreed: { number: string; economy: { otherOperations: Record<string, number> } }[] =
      await dataSource.query(
        `SELECT number, data->'economy' AS economy FROM audit_entry
         WHERE round_id = $1 AND command = 'include' ORDER BY number`,
        [roundId],
      );
    expect(agreed.map(({ number, economy }) => [number, economy.otherOperations['2026']])).toEqual(
      inPackage.map((number) => [number, halved(number) ? 150_000 : 300_000]),
    );
  }, 120_000);
});
