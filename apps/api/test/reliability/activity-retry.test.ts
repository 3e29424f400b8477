import { Context } from '@temporalio/activity';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { createAndWalk } from '../support/walk';

/**
 * The projection activity crashes once per transition, after its transaction has committed (the
 * worst moment: the write happened, Temporal does not know). The retry must write nothing twice.
 */
describe('a retried projection activity', () => {
  let system: TestSystem;
  const attempts: number[] = [];

  beforeAll(async () => {
    system = await startTestSystem({
      wrapActivities: (real) => ({
        ...real,
        async recordTransition(projection) {
          await real.recordTransition(projection);
          const { attempt } = Context.current().info;
          attempts.push(attempt);
          if (attempt === 1) throw new Error('simulated crash after the commit');
        },
      }),
    });
  });
  afterAll(() => system.stop());

  it('writes the read model and the audit trail exactly once per transition', async () => {
    await createAndWalk(system, '4.2', 'included');

    expect(attempts.filter((a) => a === 1)).toHaveLength(7);
    expect(attempts.filter((a) => a === 2)).toHaveLength(7);
    const audit: { seq: number; copies: string }[] = await system.dataSource.query(
      'SELECT seq, count(*) AS copies FROM audit_entry WHERE number = $1 GROUP BY seq ORDER BY seq',
      ['4.2'],
    );
    expect(audit.map((row) => [row.seq, Number(row.copies)])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((seq) => [seq, 1]),
    );
    const [row] = await system.dataSource.query(
      'SELECT state, version FROM initiative WHERE number = $1',
      ['4.2'],
    );
    expect(row).toEqual({ state: 'included', version: 7 });
    const amounts = await system.dataSource.query(
      'SELECT year, area, kroner FROM initiative_amount',
    );
    expect(amounts).toEqual([{ year: 2026, area: 'health', kroner: '300000' }]);
  });
});
