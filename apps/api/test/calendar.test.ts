import ical from 'node-ical';
import { as } from './support/actors';
import { partyForm, reviewBody } from './support/forms';
import { eventually, registerPeople } from './support/people';
import { startTestSystem, type TestSystem } from './support/test-system';

// The round's calendar over the API: reading and changing it, the submission deadline and late
// submissions, review due dates, my deadlines and the .ics feeds.

const localDate = (offsetDays: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

function calendar(submissionDate: string) {
  return {
    milestones: [
      {
        id: 'indsendelsesfrist',
        kind: 'submissionDeadline',
        title: 'Frist for budgetinitiativer',
        date: submissionDate,
        time: '12:00',
      },
      {
        id: 'rr-budget',
        kind: 'meeting',
        title: 'Regionsrådets møde om budgettet',
        date: localDate(120),
        time: '17:00',
        meeting: { body: 'regionsraadet', agendaDeadlineWorkingDays: 5 },
      },
    ],
  };
}

describe('the round calendar over the API', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
    await registerPeople(system, [
      ['koordinator', 'coordinator', []],
      ['embedsmand', 'administration', []],
      ['medlem-enhedslisten', 'partyGroupMember', ['Enhedslisten']],
    ]);
  });
  afterAll(() => system.stop());

  it('refuses a submission after the deadline with the deadline in the message, and accepts it once a coordinator allows it', async () => {
    const { http, roundId, initiativePath } = system;
    const party = as.party('Enhedslisten');
    const yesterday = localDate(-1);
    const changed = await http.put(
      `/rounds/${roundId}/calendar`,
      calendar(yesterday),
      as.coordinator,
    );
    expect(changed.status).toBe(200);
    expect(changed.body.phase).toBe('review');

    await http
      .post(
        `/rounds/${roundId}/initiatives`,
        { number: '4.2', ...partyForm('Enhedslisten') },
        party,
      )
      .expect(201);
    const refused = await http.post(initiativePath('4.2', 'submit'), {}, party);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('deadlinePassed');
    expect(refused.body.detail).toContain('Fristen for indsendelse var');
    expect(refused.body.detail).toContain('kl. 12.00');
    expect((await http.get(initiativePath('4.2'), party)).body.state).toBe('draft');

    const byParty = await http.post(
      `/rounds/${roundId}/late-submissions`,
      { number: '4.2' },
      party,
    );
    expect(byParty.status).toBe(403);

    const allowed = await http.post(
      `/rounds/${roundId}/late-submissions`,
      { number: '4.2', comment: 'Aftalt på gruppeformandsmødet' },
      as.coordinator,
    );
    expect(allowed.status).toBe(200);
    expect(allowed.body.lateSubmissions).toMatchObject([
      { number: '4.2', allowedBy: 'koordinator' },
    ]);

    const accepted = await http.post(initiativePath('4.2', 'submit'), {}, party);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'submitted', submittedLate: true });
  });

  it('accepts a submission before the deadline as on time, and opens a review task with its due date', async () => {
    const { http, roundId, initiativePath } = system;
    const party = as.party('Enhedslisten');
    await http
      .put(`/rounds/${roundId}/calendar`, calendar(localDate(30)), as.coordinator)
      .expect(200);
    await http
      .post(
        `/rounds/${roundId}/initiatives`,
        { number: '4.3', ...partyForm('Enhedslisten') },
        party,
      )
      .expect(201);
    const submitted = await http.post(initiativePath('4.3', 'submit'), {}, party);
    expect(submitted.status).toBe(200);
    expect(submitted.body.submittedLate).toBe(false);

    const withTask = await eventually(
      async () => (await http.get(`/rounds/${roundId}/calendar`, as.administration)).body,
      (view) => view.reviewTasks.some((task: { number: string }) => task.number === '4.3'),
    );
    const task = withTask.reviewTasks.find(
      (candidate: { number: string }) => candidate.number === '4.3',
    );
    expect(task).toMatchObject({ closedAt: null, overdue: false, dueOverride: null });
    expect(task.dueText).toMatch(/^\d+\. \p{L}+ \d{4} kl\. 16\.00$/u);

    // The administration moves the due date of this one initiative.
    const dueDate = localDate(45);
    const moved = await http.put(
      `/rounds/${roundId}/initiatives/4.3/review-due`,
      { dueDate },
      as.administration,
    );
    expect(moved.status).toBe(200);
    expect(moved.body.reviewTasks.find((t: { number: string }) => t.number === '4.3').dueDate).toBe(
      dueDate,
    );

    // The task closes when the review is completed.
    await http.post(initiativePath('4.3', 'start-review'), {}, as.administration).expect(200);
    await http
      .post(initiativePath('4.3', 'complete-review'), reviewBody, as.administration)
      .expect(200);
    const closed = await eventually(
      async () => (await http.get(`/rounds/${roundId}/calendar`, as.administration)).body,
      (view) =>
        view.reviewTasks.find((t: { number: string }) => t.number === '4.3')?.closedAt !== null,
    );
    expect(
      closed.reviewTasks.find((t: { number: string }) => t.number === '4.3').closedAt,
    ).not.toBeNull();
  });

  it('refuses a calendar from anyone but a coordinator, and bad dates field by field', async () => {
    const { http, roundId } = system;
    const byParty = await http.put(
      `/rounds/${roundId}/calendar`,
      calendar(localDate(30)),
      as.party('Enhedslisten'),
    );
    expect(byParty.status).toBe(403);

    const bad = calendar('2026-02-30');
    bad.milestones[1]!.time = '25:00';
    const invalid = await http.put(`/rounds/${roundId}/calendar`, bad, as.coordinator);
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'milestones.0.date', message: expect.stringContaining('ÅÅÅÅ-MM-DD') },
        { field: 'milestones.1.time', message: expect.stringContaining('TT:MM') },
      ]),
    );

    const disordered = calendar(localDate(30));
    disordered.milestones.push({
      id: 'forhandling',
      kind: 'negotiationStart',
      title: 'Forhandlingerne begynder',
      date: localDate(10),
      time: '09:00',
    });
    const refused = await http.put(`/rounds/${roundId}/calendar`, disordered, as.coordinator);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('milestones');
  });

  it('lists my upcoming deadlines by role, and serves them as an iCalendar feed', async () => {
    const { http, roundId } = system;
    await http
      .put(`/rounds/${roundId}/calendar`, calendar(localDate(30)), as.coordinator)
      .expect(200);

    const mine = await eventually(
      async () => (await http.get('/me/deadlines', as.party('Enhedslisten'))).body,
      (entries) =>
        entries.some((entry: { roundId: string; date?: string }) => entry.roundId === roundId),
    );
    const ours = mine.filter((entry: { roundId: string }) => entry.roundId === roundId);
    expect(ours.map((entry: { kind: string }) => entry.kind)).toEqual([
      'submissionDeadline',
      'meeting',
    ]);

    const administration = (await http.get('/me/deadlines', as.administration)).body.filter(
      (entry: { roundId: string }) => entry.roundId === roundId,
    );
    expect(administration.map((entry: { kind: string }) => entry.kind)).toEqual(
      expect.arrayContaining(['submissionDeadline', 'agendaDeadline', 'meeting']),
    );

    const feeds = (await http.get('/me/calendar-feeds', as.party('Enhedslisten'))).body;
    for (const url of [feeds.user, feeds.parties[0].url]) {
      const path = new URL(url).pathname.replace(/^\/api/, '');
      const response = await http.get(path);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('text/calendar');
      const parsed = ical.sync.parseICS(response.text);
      const events = Object.values(parsed).flatMap((item) =>
        item?.type === 'VEVENT' ? [item] : [],
      );
      const deadline = events.find((event) =>
        event.uid.startsWith(`${roundId}/milestone/indsendelsesfrist`),
      );
      expect(deadline).toBeDefined();
      if (deadline?.type !== 'VEVENT') throw new Error('no deadline event');
      expect(String(deadline.summary)).toContain('Frist for budgetinitiativer');
      expect(
        new Intl.DateTimeFormat('sv-SE', {
          timeZone: 'Europe/Copenhagen',
          dateStyle: 'short',
          timeStyle: 'short',
        }).format(deadline.start),
      ).toBe(`${localDate(30)} 12:00`);
    }

    const forged = await http.get('/calendar/feeds/dXNlcjprb29yZGluYXRvcg.forfalsket.ics');
    expect(forged.status).toBe(404);
  });

  it('tells those concerned in their inbox: the coordinators of a submission, the party of its review task not', async () => {
    const { http, roundId } = system;
    type Item = { kind: string; subject: string; text: string; link: string };
    const coordinatorInbox = await eventually(
      async () => (await http.get('/me/notifications', as.coordinator)).body.items as Item[],
      (items) => items.some((item) => item.kind === 'stateChanged' && item.subject.includes('4.3')),
    );
    const submitted = coordinatorInbox.find(
      (item) => item.kind === 'stateChanged' && item.subject.includes('4.3'),
    );
    expect(submitted?.link).toBe(`http://localhost:3000/runder/${roundId}/forslag/4.3`);

    // The administration gets the review task, with its due date; the party does not.
    const officialInbox = await eventually(
      async () => (await http.get('/me/notifications', as.administration)).body.items as Item[],
      (items) => items.some((item) => item.kind === 'reviewTask'),
    );
    expect(officialInbox.filter((item) => item.kind === 'reviewTask').length).toBeGreaterThan(0);
    const partyInbox = (await http.get('/me/notifications', as.party('Enhedslisten'))).body
      .items as Item[];
    expect(partyInbox.filter((item) => item.kind === 'reviewTask')).toEqual([]);
    // The party hears that its initiative went into review.
    expect(
      partyInbox.some((item) => item.kind === 'stateChanged' && item.subject.includes('4.3')),
    ).toBe(true);
  });
});
