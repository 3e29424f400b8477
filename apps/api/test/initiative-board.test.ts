import { formatDanishDateTime, instantOf } from '@budgetflow/domain';
import { as, type TestActor } from './support/actors';
import { partyForm } from './support/forms';
import { eventually } from './support/people';
import { startTestSystem, type TestSystem } from './support/test-system';

// What the coordinators' board and the initiatives list read: search, sorting, each initiative's
// total and next deadline, counts and sums by state, and the round's frames. Each test works in
// a committee of its own, so that the round's other initiatives do not count.

const localDate = (offsetDays: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

interface Listed {
  number: string;
  total: { kroner: number; mioKr: number; formatted: string };
  nextDeadline: { kind: string; label: string; at: string; atText: string } | null;
}

describe('the initiatives board over the API', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system.stop());

  async function draft(number: string, party: string, overrides: Record<string, unknown> = {}) {
    await system.http
      .post(
        `/rounds/${system.roundId}/initiatives`,
        { number, ...partyForm(party, overrides) },
        as.party(party),
      )
      .expect(201);
  }

  const submit = (number: string, party: string) =>
    system.http.post(system.initiativePath(number, 'submit'), {}, as.party(party)).expect(200);

  const list = async (query: string, actor: TestActor): Promise<Listed[]> =>
    (await system.http.get(`/initiatives?round=${system.roundId}&${query}`, actor).expect(200)).body
      .items;

  it('finds initiatives by a word of their text, case aside, and takes wildcards literally', async () => {
    const party = as.party('Enhedslisten');
    await draft('6.1', 'Enhedslisten', {
      title: 'Ladestandere ved sygehusene',
      background:
        'Patienter og pårørende kører i stigende grad i elbil til Aalborg Universitetshospital.',
      economy: { establishmentCosts: { '2026': 1.5 } },
    });
    await draft('6.2', 'Enhedslisten', { elaboration: 'Dagen slutter med en fælles FROKOST.' });

    const numbers = async (query: string) =>
      (await list(`committee=6&q=${encodeURIComponent(query)}`, party)).map((i) => i.number);
    expect(await numbers('ELBIL')).toEqual(['6.1']);
    expect(await numbers('universitetshospital')).toEqual(['6.1']);
    expect(await numbers('6.2')).toEqual(['6.2']);
    expect(await numbers('frokost')).toEqual(['6.2']);
    expect(await numbers('temadag om omsorg')).toEqual(['6.1', '6.2']);
    expect(await numbers('_')).toEqual([]);
    expect(await numbers('%')).toEqual([]);
    expect(await numbers('  ')).toEqual(['6.1', '6.2']);

    const totals = await system.http
      .get(`/initiatives/totals?round=${system.roundId}&committee=6&q=elbil`, party)
      .expect(200);
    expect(totals.body.total).toEqual({
      kroner: 1_500_000,
      mioKr: 1.5,
      formatted: '1,5 mio. kr.',
    });
  });

  it('sorts by total, the dearest first, and answers 400 for an unknown order', async () => {
    const party = as.party('Venstre');
    await draft('7.1', 'Venstre', { economy: { otherOperations: { '2026': 1 } } });
    await draft('7.2', 'Venstre', { economy: { otherOperations: { '2026': 0.3 } } });
    await draft('7.10', 'Venstre', {
      title: 'Akutberedskab',
      economy: { salaries: { '2026': 2.5, '2027': 3 } },
    });

    const dearest = await list('committee=7&sort=-total', party);
    expect(dearest.map((i) => [i.number, i.total.formatted])).toEqual([
      ['7.10', '5,5 mio. kr.'],
      ['7.1', '1,0 mio. kr.'],
      ['7.2', '0,3 mio. kr.'],
    ]);
    expect(dearest[0]!.total).toEqual({ kroner: 5_500_000, mioKr: 5.5, formatted: '5,5 mio. kr.' });
    // By number, numerically: 7.10 after 7.2; by title, Akutberedskab first.
    expect((await list('committee=7', party)).map((i) => i.number)).toEqual(['7.1', '7.2', '7.10']);
    expect((await list('committee=7&sort=-number', party)).map((i) => i.number)).toEqual([
      '7.10',
      '7.2',
      '7.1',
    ]);
    expect((await list('committee=7&sort=title', party))[0]!.number).toBe('7.10');
    // Submitted after the drafts, in the lifecycle's order of states; and changed last.
    await submit('7.2', 'Venstre');
    const numbers = async (sort: string) =>
      (await list(`committee=7&sort=${sort}`, party)).map((i) => i.number);
    expect(await numbers('-state')).toEqual(['7.2', '7.1', '7.10']);
    expect(await numbers('state')).toEqual(['7.1', '7.10', '7.2']);
    expect((await numbers('-updated'))[0]).toBe('7.2');

    const refused = await system.http
      .get(`/initiatives?round=${system.roundId}&sort=pris`, party)
      .expect(400);
    expect(refused.body.errors).toEqual([{ field: 'sort', message: expect.stringContaining('-') }]);
  });

  it("gives a draft the round's submission deadline, a submitted initiative its review's due date", async () => {
    const { http, roundId } = system;
    const party = as.party('SF');
    const deadlineDate = localDate(30);
    await http
      .put(
        `/rounds/${roundId}/calendar`,
        {
          milestones: [
            {
              id: 'indsendelsesfrist',
              kind: 'submissionDeadline',
              title: 'Frist for budgetinitiativer',
              date: deadlineDate,
              time: '12:00',
            },
          ],
        },
        as.coordinator,
      )
      .expect(200);
    await draft('8.1', 'SF');
    await draft('8.2', 'SF');
    await submit('8.2', 'SF');

    const deadline = instantOf(deadlineDate, '12:00');
    const [first] = await list('committee=8&state=draft', party);
    expect(first!.nextDeadline).toEqual({
      kind: 'submissionDeadline',
      label: 'Frist for indsendelse af budgetinitiativer',
      at: deadline,
      atText: formatDanishDateTime(deadline),
    });
    expect(first!.nextDeadline!.atText).toMatch(/^\d{1,2}\. [a-zæøå]+ \d{4} kl\. 12\.00$/);

    // The round opens the review task a moment after the submission.
    const [submitted] = await eventually(
      () => list('committee=8&state=submitted', party),
      (items) => items[0]?.nextDeadline?.kind === 'reviewDue',
    );
    const calendar = await http.get(`/rounds/${roundId}/calendar`, party).expect(200);
    const task = calendar.body.reviewTasks.find((t: { number: string }) => t.number === '8.2');
    expect(submitted!.nextDeadline).toEqual({
      kind: 'reviewDue',
      label: 'Frist for administrativ behandling',
      at: task.dueAt,
      atText: task.dueText,
    });
  });

  it('offers the reader the steps open to them, as buttons, and names who took each step', async () => {
    await draft('8.5', 'SF');
    const own = await system.http.get(system.initiativePath('8.5'), as.party('SF')).expect(200);
    expect(own.body.actions).toEqual([
      { command: 'editDraft', label: 'Rediger kladde' },
      { command: 'submit', label: 'Indsend' },
      { command: 'withdraw', label: 'Træk tilbage' },
    ]);
    // The timeline names who took each step, from the people directory.
    expect(own.body.history.map((step: { actor: unknown }) => step.actor)).toEqual([
      { id: as.party('SF').id, role: 'partyGroupMember', name: as.party('SF').id },
    ]);
    await submit('8.5', 'SF');
    const steering = await system.http
      .get(system.initiativePath('8.5'), as.coordinator)
      .expect(200);
    expect(steering.body.actions.map((a: { command: string }) => a.command)).toEqual([
      'merge',
      'reject',
    ]);
  });

  it("counts and sums by state in the lifecycle's order, never another party's draft", async () => {
    const { http, roundId } = system;
    await draft('9.1', 'Enhedslisten', { economy: { otherOperations: { '2026': 0.3 } } });
    await draft('9.2', 'Venstre', { economy: { otherOperations: { '2026': 9.9 } } });
    await draft('9.3', 'Enhedslisten', { economy: { otherOperations: { '2027': 0.2 } } });
    await submit('9.3', 'Enhedslisten');

    const byState = async (actor: TestActor) =>
      (await http.get(`/initiatives/by-state?round=${roundId}&committee=9`, actor).expect(200)).body
        .states as { state: string; stateLabel: string; count: number; total: Listed['total'] }[];

    const own = await byState(as.party('Enhedslisten'));
    expect(own.map((row) => row.state)).toEqual([
      'draft',
      'submitted',
      'inReview',
      'costed',
      'inNegotiation',
      'included',
      'merged',
      'rejected',
      'withdrawn',
    ]);
    expect(own.slice(0, 3)).toEqual([
      {
        state: 'draft',
        stateLabel: 'Kladde',
        count: 1,
        total: { kroner: 300_000, mioKr: 0.3, formatted: '0,3 mio. kr.' },
      },
      {
        state: 'submitted',
        stateLabel: 'Indsendt',
        count: 1,
        total: { kroner: 200_000, mioKr: 0.2, formatted: '0,2 mio. kr.' },
      },
      {
        state: 'inReview',
        stateLabel: 'Til administrativ behandling',
        count: 0,
        total: { kroner: 0, mioKr: 0, formatted: '0,0 mio. kr.' },
      },
    ]);

    const steering = await byState(as.coordinator);
    expect(steering[0]).toMatchObject({ state: 'draft', count: 0, total: { kroner: 0 } });
    expect(steering[1]).toMatchObject({ state: 'submitted', count: 1 });
    const venstre = await byState(as.party('Venstre'));
    expect(venstre[0]).toMatchObject({ count: 1, total: { formatted: '9,9 mio. kr.' } });
  });

  it("keeps the round's frames as a whole, refusing a bad set and leaving the last one as it was", async () => {
    const { http, roundId } = system;
    const path = `/rounds/${roundId}/frames`;
    expect((await http.get(path, as.party('SF')).expect(200)).body).toEqual({
      roundId,
      frames: [],
    });

    const set = await http
      .put(
        path,
        {
          frames: [
            { year: 2027, area: 'health', amount: 60.5 },
            { year: 2026, area: 'regionalDevelopment', amount: 25 },
            { year: 2026, area: 'health', amount: 60 },
          ],
        },
        as.coordinator,
      )
      .expect(200);
    const expected = {
      roundId,
      frames: [
        {
          year: 2026,
          area: 'health',
          areaLabel: 'Sundhedskassen',
          amount: { kroner: 60_000_000, mioKr: 60, formatted: '60,0 mio. kr.' },
        },
        {
          year: 2026,
          area: 'regionalDevelopment',
          areaLabel: 'Den regionale udviklingskasse',
          amount: { kroner: 25_000_000, mioKr: 25, formatted: '25,0 mio. kr.' },
        },
        {
          year: 2027,
          area: 'health',
          areaLabel: 'Sundhedskassen',
          amount: { kroner: 60_500_000, mioKr: 60.5, formatted: '60,5 mio. kr.' },
        },
      ],
    };
    expect(set.body).toEqual(expected);

    const badAmounts = await http
      .put(
        path,
        {
          frames: [
            { year: 2026, area: 'health', amount: -1 },
            { year: 2027, area: 'health', amount: 0.25 },
            { year: 2028, area: 'kassen', amount: 1 },
          ],
        },
        as.coordinator,
      )
      .expect(400);
    expect(badAmounts.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'frames.0.amount',
      'frames.1.amount',
      'frames.2.area',
    ]);

    const badYears = await http
      .put(
        path,
        {
          frames: [
            { year: 2026, area: 'social', amount: 1 },
            { year: 2031, area: 'social', amount: 1 },
            { year: 2026, area: 'social', amount: 2 },
          ],
        },
        as.coordinator,
      )
      .expect(400);
    expect(badYears.body.errors).toEqual([
      { field: 'frames.1.year', message: '2031 er ikke et af budgetrundens år (2026-2029)' },
      {
        field: 'frames.2',
        message: 'Rammen for Det sociale område i 2026 er angivet mere end én gang',
      },
    ]);

    await http.put(path, { frames: [] }, as.party('SF')).expect(403);
    await http.put('/rounds/ingen-runde/frames', { frames: [] }, as.coordinator).expect(404);
    await http.get('/rounds/ingen-runde/frames', as.coordinator).expect(404);
    expect((await http.get(path, as.administration).expect(200)).body).toEqual(expected);

    await http.put(path, { frames: [] }, as.coordinator).expect(200);
    expect((await http.get(path, as.coordinator).expect(200)).body.frames).toEqual([]);
  });
});
