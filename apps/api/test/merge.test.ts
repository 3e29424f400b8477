import { as } from './support/actors';
import { holds, recorded } from './support/recorded';
import { startTestSystem, type TestSystem } from './support/test-system';
import { createAndWalk, type Milestone } from './support/walk';

describe('merging one initiative into another', () => {
  let system: TestSystem;
  const party = as.party('Enhedslisten');

  async function initiativeIn(number: string, state: Milestone | 'withdrawn', title: string) {
    await createAndWalk(system, number, state === 'withdrawn' ? 'draft' : state, { title });
    if (state === 'withdrawn') {
      await system.http
        .post(system.initiativePath(number, 'withdraw'), { reason: 'Trukket' }, party)
        .expect(200);
    }
  }

  beforeAll(async () => {
    system = await startTestSystem();
    await initiativeIn('4.2', 'costed', 'Omsorgstopmøde');
    await initiativeIn('4.5', 'submitted', 'Medmenneskelig ledelse');
    await initiativeIn('4.6', 'costed', 'Et forslag der skal indarbejdes');
    await initiativeIn('4.7', 'withdrawn', 'Et tilbagetrukket forslag');
  });
  afterAll(() => system.stop());

  it('ends 4.2 as merged into 4.5, and 4.5 records that it absorbed 4.2', async () => {
    const response = await system.http.post(
      system.initiativePath('4.2', 'merge'),
      { into: '4.5', comment: 'Efter administrationens råd' },
      as.coordinator,
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      state: 'merged',
      mergedInto: '4.5',
      stateLabel: 'Indarbejdet i andet forslag',
    });

    const source = await recorded(system, '4.2');
    expect(source.body.history.at(-1)).toMatchObject({
      command: 'merge',
      from: 'costed',
      to: 'merged',
      comment: 'Efter administrationens råd',
      data: { into: '4.5' },
    });
    const target = await recorded(system, '4.5');
    expect(target.body).toMatchObject({ state: 'submitted', absorbed: ['4.2'] });
    expect(target.body.history.at(-1)).toMatchObject({
      command: 'absorb',
      from: 'submitted',
      to: 'submitted',
      data: { source: '4.2' },
    });

    const merged = await system.http
      .get(`/initiatives?round=${system.roundId}&state=merged`, as.coordinator)
      .expect(200);
    expect(merged.body.items.map((i: { number: string }) => i.number)).toEqual(['4.2']);
  });

  it('leaves both unchanged when the target refuses (it has ended)', async () => {
    const sourceBefore = await recorded(system, '4.6');
    const targetBefore = await recorded(system, '4.7');
    const response = await system.http.post(
      system.initiativePath('4.6', 'merge'),
      { into: '4.7' },
      as.coordinator,
    );
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      code: 'invalidMergeTarget',
      detail: 'Forslag 4.6 kan ikke indarbejdes i forslag 4.7, som er trukket tilbage',
    });

    const sourceAfter = await recorded(system, '4.6');
    expect(holds(sourceAfter)).toEqual(holds(sourceBefore));
    expect(await recorded(system, '4.7')).toEqual(targetBefore);
    // The source can still be merged elsewhere: the refused attempt left no lock behind.
    await system.http
      .post(system.initiativePath('4.6', 'merge'), { into: '4.5' }, as.coordinator)
      .expect(200);
    expect((await recorded(system, '4.5')).body.absorbed).toEqual(['4.2', '4.6']);
  });

  it('refuses a merge into an initiative that does not exist, leaving the source unchanged', async () => {
    await initiativeIn('4.8', 'submitted', 'Endnu et forslag');
    const before = await recorded(system, '4.8');
    const response = await system.http.post(
      system.initiativePath('4.8', 'merge'),
      { into: '4.99' },
      as.coordinator,
    );
    expect(response.status).toBe(409);
    expect(response.body.detail).toBe('Forslag 4.99 findes ikke i budgetrunden');
    expect(holds(await recorded(system, '4.8'))).toEqual(holds(before));
  });

  it('refuses to merge into a merged initiative', async () => {
    const response = await system.http.post(
      system.initiativePath('4.8', 'merge'),
      { into: '4.2' },
      as.coordinator,
    );
    expect(response.status).toBe(409);
    expect(response.body.detail).toContain('indarbejdet i andet forslag');
  });
});
