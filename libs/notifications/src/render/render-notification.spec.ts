import { type NotificationEvent, notificationKinds } from '@budgetflow/domain';
import { renderNotification } from './render-notification';

const publicUrl = 'https://budget.example.dk/';
const roundId = 'budget-2026-2029';
const omsorg = { number: '4.2', title: 'Omsorgstopmøde', partyGroups: ['Enhedslisten'] };
const sundhedshuse = {
  number: '4.5',
  title: 'Sundhedshuse',
  partyGroups: ['Socialdemokratiet', 'SF'],
};
// 11:00 UTC is 13.00 in Copenhagen in September (summer time).
const base = { roundId, at: '2025-09-02T11:00:00Z' };
const question = {
  number: 3,
  partyGroup: 'Enhedslisten',
  initiative: '4.2',
  text: 'Hvad koster topmødet, hvis det holdes hvert andet år?',
};

const events: Record<NotificationEvent['kind'], NotificationEvent> = {
  stateChanged: {
    ...base,
    key: 'transition/4.2/2',
    kind: 'stateChanged',
    initiative: omsorg,
    command: 'submit',
    from: 'draft',
    to: 'submitted',
    actorId: 'mette',
    late: true,
  },
  merged: {
    ...base,
    key: 'transition/4.2/7',
    kind: 'merged',
    source: omsorg,
    target: sundhedshuse,
    actorId: 'koordinator',
  },
  calendarChanged: {
    ...base,
    key: 'calendar/3',
    kind: 'calendarChanged',
    roundName: 'Budget 2026-2029',
    actorId: 'koordinator',
    changes: [
      {
        id: 'submission',
        title: 'Frist for indsendelse',
        kind: 'submissionDeadline',
        before: { date: '2025-09-01', time: '12:00' },
        after: { date: '2025-09-03', time: '12:00' },
      },
      {
        id: 'rr-1',
        title: 'Regionsrådets møde',
        kind: 'meeting',
        before: null,
        after: { date: '2025-10-07', time: '17:00' },
      },
      {
        id: 'fu-1',
        title: 'Forretningsudvalgets møde',
        kind: 'meeting',
        before: { date: '2025-09-23', time: '15:00' },
        after: null,
      },
    ],
  },
  submissionReminder: {
    ...base,
    key: 'submission/2025-09-03/1',
    kind: 'submissionReminder',
    roundName: 'Budget 2026-2029',
    partyGroup: 'Enhedslisten',
    deadline: '2025-09-03T10:00:00Z',
    drafts: [
      { number: '4.2', title: 'Omsorgstopmøde' },
      { number: '5.9', title: 'Flere busser' },
    ],
  },
  reviewTask: {
    ...base,
    key: 'review-task/4.2',
    kind: 'reviewTask',
    initiative: omsorg,
    dueAt: '2025-09-16T14:00:00Z',
  },
  reviewReminder: {
    ...base,
    key: 'review-reminder/4.2',
    kind: 'reviewReminder',
    initiative: omsorg,
    dueAt: '2025-09-16T14:00:00Z',
  },
  reviewOverdue: {
    ...base,
    key: 'review-overdue/4.2',
    kind: 'reviewOverdue',
    initiative: omsorg,
    dueAt: '2025-09-16T14:00:00Z',
  },
  agendaReminder: {
    ...base,
    key: 'agenda/rr-1',
    kind: 'agendaReminder',
    meetingTitle: 'Regionsrådets møde',
    meetingAt: '2025-10-07T15:00:00Z',
    agendaDeadline: '2025-10-06T10:00:00Z',
    pending: [{ number: '4.5', title: 'Sundhedshuse', state: 'inNegotiation' }],
  },
  questionAsked: {
    ...base,
    key: 'question-asked/budget-2026-2029/3',
    kind: 'questionAsked',
    question,
    dueAt: '2025-09-05T10:00:00Z',
    actorId: 'mette',
  },
  questionAnswered: {
    ...base,
    key: 'question-answered/budget-2026-2029/3/1',
    kind: 'questionAnswered',
    question,
    answer: 'Ca. 0,15 mio. kr. om året.',
    corrected: false,
    actorId: 'embedsmand',
  },
  questionReminder: {
    ...base,
    key: 'question/3',
    kind: 'questionReminder',
    question,
    dueAt: '2025-09-05T10:00:00Z',
  },
  questionOverdue: {
    ...base,
    key: 'question-overdue/3',
    kind: 'questionOverdue',
    question,
    dueAt: '2025-09-05T10:00:00Z',
  },
  workReleased: {
    ...base,
    key: 'release/budget-2026-2029/2025-09-02T11:00:00.000Z',
    kind: 'workReleased',
    roundName: 'Budget 2026-2029',
    releasedUntil: '2025-09-02T11:00:00.000Z',
    actorId: 'koordinator',
  },
};

const render = (kind: NotificationEvent['kind']) => renderNotification(events[kind], { publicUrl });

const initiativeUrl = (number: string) =>
  `https://budget.example.dk/runder/budget-2026-2029/forslag/${number}`;
const calendarUrl = 'https://budget.example.dk/runder/budget-2026-2029/kalender';

describe('renderNotification', () => {
  it.each(notificationKinds)('renders %s with a subject, both bodies and the link', (kind) => {
    const rendered = render(kind);
    expect(rendered.subject).not.toBe('');
    expect(rendered.text).toContain(rendered.link);
    expect(rendered.html).toContain(`href="${rendered.link}"`);
    expect(rendered.link).toMatch(/^https:\/\/budget\.example\.dk\/runder\/budget-2026-2029\//);
  });

  it('tells of a state change with Danish labels, the party, the time and lateness', () => {
    const rendered = render('stateChanged');
    expect(rendered.subject).toBe('Forslag 4.2 Omsorgstopmøde: Indsendt (efter fristen)');
    expect(rendered.text).toBe(
      [
        'Forslag 4.2 Omsorgstopmøde (Enhedslisten) har skiftet status fra »Kladde« til »Indsendt«.',
        'Indsendt den 2. september 2025 kl. 13.00.',
        'Forslaget er indsendt efter fristen.',
        `Se forslaget: ${initiativeUrl('4.2')}`,
      ].join('\n\n'),
    );
    expect(rendered.link).toBe(initiativeUrl('4.2'));
  });

  it("names a step that keeps the state by what happened: the administration's comments", () => {
    const rendered = renderNotification(
      {
        ...(events.stateChanged as Extract<NotificationEvent, { kind: 'stateChanged' }>),
        command: 'completeReview',
        from: 'inReview',
        to: 'inReview',
        late: undefined,
      },
      { publicUrl: 'https://budget.example.dk' },
    );
    expect(rendered.subject).toBe(
      'Forslag 4.2 Omsorgstopmøde: Administrationens bemærkninger afgivet',
    );
    expect(rendered.text).toContain(
      'har fået et nyt skridt: administrationens bemærkninger afgivet',
    );
  });

  it('points a merge at the initiative that lives on, naming both parties', () => {
    const rendered = render('merged');
    expect(rendered.subject).toBe('Forslag 4.2 Omsorgstopmøde er indarbejdet i 4.5 Sundhedshuse');
    expect(rendered.text).toContain('(Socialdemokratiet og SF)');
    expect(rendered.link).toBe(initiativeUrl('4.5'));
  });

  it('lists moved, new and removed dates of the calendar, linking to the calendar', () => {
    const rendered = render('calendarChanged');
    expect(rendered.link).toBe(calendarUrl);
    expect(rendered.text).toContain(
      '- Frist for indsendelse: flyttet fra 1. september 2025 kl. 12.00 til 3. september 2025 kl. 12.00',
    );
    expect(rendered.text).toContain('- Regionsrådets møde: ny, 7. oktober 2025 kl. 17.00');
    expect(rendered.text).toContain(
      '- Forretningsudvalgets møde: udgår (var 23. september 2025 kl. 15.00)',
    );
  });

  it('reminds a party group of its drafts, each with its own link', () => {
    const rendered = render('submissionReminder');
    expect(rendered.subject).toBe(
      'Påmindelse: 2 kladder er ikke indsendt – fristen er 3. september 2025 kl. 12.00',
    );
    expect(rendered.text).toContain(`- 5.9 Flere busser\n  ${initiativeUrl('5.9')}`);
    expect(rendered.html).toContain(`<a href="${initiativeUrl('4.2')}">4.2 Omsorgstopmøde</a>`);
    expect(rendered.link).toBe(calendarUrl);
  });

  it('gives the administration its review task with the due time', () => {
    expect(render('reviewTask').text).toContain('senest 16. september 2025 kl. 16.00');
    expect(render('reviewReminder').subject).toBe(
      'Påmindelse: 4.2 Omsorgstopmøde skal være behandlet senest 16. september 2025 kl. 16.00',
    );
    expect(render('reviewOverdue').subject).toBe(
      'Fristen er overskredet: administrativ behandling af 4.2 Omsorgstopmøde',
    );
  });

  it('lists what is still open before a meeting, with its state', () => {
    const rendered = render('agendaReminder');
    expect(rendered.subject).toBe(
      'Dagsordensfrist 6. oktober 2025 kl. 12.00: 1 forslag til Regionsrådets møde er ikke afklaret',
    );
    expect(rendered.text).toContain('- 4.5 Sundhedshuse (Til forhandling)');
  });

  it('gives the administration a budget question with its due time, quoted, linked to the question', () => {
    const rendered = render('questionAsked');
    expect(rendered.subject).toBe('Nyt budgetspørgsmål 3 fra Enhedslisten');
    expect(rendered.text).toContain(
      'Budgetspørgsmål 3 fra Enhedslisten om forslag 4.2 er stillet til administrationen den ' +
        '2. september 2025 kl. 13.00 og skal besvares senest 5. september 2025 kl. 12.00.',
    );
    expect(rendered.text).toContain('Spørgsmålet: »Hvad koster topmødet');
    expect(rendered.link).toBe('https://budget.example.dk/runder/budget-2026-2029/spoergsmaal/3');
    expect(render('questionReminder').subject).toBe(
      'Påmindelse: budgetspørgsmål 3 skal besvares senest 5. september 2025 kl. 12.00',
    );
    expect(render('questionOverdue').subject).toBe(
      'Fristen er overskredet: budgetspørgsmål 3 fra Enhedslisten',
    );
  });

  it('tells the asking party group the answer, or that it is published to all at once', () => {
    expect(render('questionAnswered').text).toContain('Svaret: »Ca. 0,15 mio. kr. om året.«');
    const heldBack = renderNotification(
      { ...events.questionAnswered, answer: null } as NotificationEvent,
      { publicUrl },
    );
    expect(heldBack.subject).toBe('Svar på budgetspørgsmål 3');
    expect(heldBack.text).not.toContain('0,15');
    expect(heldBack.text).toContain(
      'Svaret offentliggøres for alle partigrupper på samme tidspunkt',
    );
    const corrected = renderNotification(
      { ...events.questionAnswered, corrected: true } as NotificationEvent,
      { publicUrl },
    );
    expect(corrected.subject).toBe('Rettet svar på budgetspørgsmål 3');
    expect(corrected.text).toContain(
      'Svaret på budgetspørgsmål 3 fra Enhedslisten om forslag 4.2 er rettet den',
    );
  });

  it("tells everyone that the administration's answers are released, up to when, linking to the initiatives", () => {
    const rendered = render('workReleased');
    expect(rendered.subject).toBe('Administrationens svar er frigivet i Budget 2026-2029');
    expect(rendered.text).toContain('afgivet til og med 2. september 2025 kl. 13.00');
    expect(rendered.text).toContain('synlige for alle partigrupper på samme tid');
    expect(rendered.link).toBe('https://budget.example.dk/runder/budget-2026-2029/forslag');
  });

  it('escapes what people typed in the HTML, and only there', () => {
    const rendered = renderNotification(
      {
        ...events.reviewTask,
        initiative: { number: '4.2', title: '<script>alert("x")</script> & co', partyGroups: [] },
      } as NotificationEvent,
      { publicUrl },
    );
    expect(rendered.html).not.toContain('<script>');
    expect(rendered.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(rendered.text).toContain('<script>alert("x")</script> & co');
  });

  it('encodes odd round ids in the link', () => {
    const rendered = renderNotification(
      { ...events.reviewTask, roundId: 'runde med/skråstreg' } as NotificationEvent,
      { publicUrl: 'http://localhost:3000' },
    );
    expect(rendered.link).toBe(
      'http://localhost:3000/runder/runde%20med%2Fskr%C3%A5streg/forslag/4.2',
    );
  });
});
