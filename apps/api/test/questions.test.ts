import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testNamespace, testTemporalAddress, workflowBundlePath } from '@budgetflow/testing';
import { roundWorkflowId } from '@budgetflow/workflows';
import { Worker } from '@temporalio/worker';
import { as } from './support/actors';
import { partyForm } from './support/forms';
import { eventually, registerPeople } from './support/people';
import { startTestSystem, type TestSystem } from './support/test-system';

// Budget questions over the API: the party groups ask, numbered by the round's workflow, until the
// question deadline; the administration answers (and corrects); fair publication holds answers
// back from the party groups until a release; an answer past its due date escalates once.

const localDate = (offsetDays: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/** A date and time in Copenhagen, to the minute, as the calendar takes them. */
function inCopenhagen(instant: Date): { date: string; time: string } {
  const [date, time] = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'short',
    timeStyle: 'short',
  })
    .format(instant)
    .split(' ');
  return { date: date!, time: time! };
}

function questionCalendar(
  questions: { date: string; time: string },
  answers: { date: string; time: string },
) {
  return {
    milestones: [
      {
        id: 'spoergsmaal',
        kind: 'questionDeadline',
        title: 'Frist for budgetspørgsmål',
        ...questions,
      },
      {
        id: 'svar',
        kind: 'answerDeadline',
        title: 'Frist for svar på budgetspørgsmål',
        ...answers,
      },
    ],
  };
}

interface QuestionBody {
  number: number;
  state: string;
  answer: { text: string } | null;
  answerHeldBack: boolean;
  heldBackNotice?: string;
}

const enhedslisten = as.party('Enhedslisten');
const venstre = as.party('Venstre');

describe('budget questions over the API', () => {
  let system: TestSystem;
  let questions: string;

  beforeAll(async () => {
    system = await startTestSystem();
    questions = `/rounds/${system.roundId}/questions`;
    await registerPeople(system, [
      ['koordinator', 'coordinator', []],
      ['embedsmand', 'administration', []],
      ['medlem-enhedslisten', 'partyGroupMember', ['Enhedslisten']],
      ['medlem-venstre', 'partyGroupMember', ['Venstre']],
    ]);
    await system.http
      .put(
        `/rounds/${system.roundId}/calendar`,
        questionCalendar(
          { date: localDate(30), time: '12:00' },
          { date: localDate(40), time: '12:00' },
        ),
        as.coordinator,
      )
      .expect(200);
    // 4.2 is submitted, 4.3 is Venstre's draft.
    await system.http
      .post(
        `/rounds/${system.roundId}/initiatives`,
        { number: '4.2', ...partyForm('Enhedslisten') },
        enhedslisten,
      )
      .expect(201);
    await system.http.post(system.initiativePath('4.2', 'submit'), {}, enhedslisten).expect(200);
    await system.http
      .post(
        `/rounds/${system.roundId}/initiatives`,
        { number: '4.3', ...partyForm('Venstre') },
        venstre,
      )
      .expect(201);
  });
  afterAll(() => system.stop());

  const numbersOf = async () =>
    (
      (await system.http.get(questions, as.coordinator).expect(200)).body.items as QuestionBody[]
    ).map((question) => question.number);

  it('numbers the questions 1, 2 …, tells the administration, and lists them for everyone', async () => {
    const { http } = system;
    const asked = await http
      .post(
        questions,
        {
          partyGroup: 'Enhedslisten',
          initiative: '4.2',
          text: ' Hvad koster topmødet hvert andet år? ',
        },
        enhedslisten,
      )
      .expect(201);
    expect(asked.body).toMatchObject({
      number: 1,
      partyGroup: 'Enhedslisten',
      askedBy: 'medlem-enhedslisten',
      askedByRole: 'partyGroupMember',
      initiative: '4.2',
      text: 'Hvad koster topmødet hvert andet år?',
      state: 'open',
      stateLabel: 'Afventer svar',
      answer: null,
      answerHeldBack: false,
      answeredLate: false,
      dueText: expect.stringMatching(/kl\. 12\.00$/),
    });
    // Due at the answer deadline.
    const calendar = (await http.get(`/rounds/${system.roundId}/calendar`, as.coordinator)).body;
    const answerDeadline = calendar.milestones.find(
      (m: { kind: string }) => m.kind === 'answerDeadline',
    );
    expect(Date.parse(asked.body.dueAt)).toBe(Date.parse(answerDeadline.at));
    expect(answerDeadline.kindLabel).toBe('Frist for svar på budgetspørgsmål');

    // A coordinator puts in a question Venstre asked at a meeting.
    const onBehalf = await http
      .post(
        questions,
        { partyGroup: 'Venstre', text: 'Hvor stor er reserven i 2027?' },
        as.coordinator,
      )
      .expect(201);
    expect(onBehalf.body).toMatchObject({
      number: 2,
      askedByRole: 'coordinator',
      initiative: null,
    });

    const list = await http.get(questions, venstre).expect(200);
    expect(list.body.items.map((q: QuestionBody) => q.number)).toEqual([1, 2]);
    expect(list.body).toMatchObject({ total: 2, counts: { open: 2, answered: 0, overdue: 0 } });
    const only = async (query: string) =>
      (await http.get(`${questions}?${query}`, enhedslisten).expect(200)).body.items.map(
        (q: QuestionBody) => q.number,
      );
    expect(await only('partyGroup=Venstre')).toEqual([2]);
    expect(await only('initiative=4.2')).toEqual([1]);
    expect(await only('state=open')).toEqual([1, 2]);
    expect(await only('state=answered')).toEqual([]);
    const badFilter = await http.get(`${questions}?state=lukket`, enhedslisten).expect(400);
    expect(badFilter.body.errors[0].field).toBe('state');

    await http.get(`${questions}/1`, as.systemAdministrator).expect(200);
    await http.get(`${questions}/99`, enhedslisten).expect(404);
    await http.get(`${questions}/abc`, enhedslisten).expect(404);
    await http.get(`/rounds/ingen-runde/questions`, enhedslisten).expect(404);

    type Item = { kind: string; subject: string; link: string };
    const inbox = await eventually(
      async () => (await http.get('/me/notifications', as.administration)).body.items as Item[],
      (items) => items.filter((item) => item.kind === 'questionAsked').length >= 2,
    );
    const first = inbox.find(
      (item) => item.kind === 'questionAsked' && item.subject.endsWith(' 1 fra Enhedslisten'),
    );
    expect(first?.link).toBe(`http://localhost:3000/runder/${system.roundId}/spoergsmaal/1`);
    // The asker's own party is not told of its question.
    const partyInbox = (await http.get('/me/notifications', enhedslisten)).body.items as Item[];
    expect(partyInbox.filter((item) => item.kind === 'questionAsked')).toEqual([]);
  });

  it('refuses bad input field by field (400), the wrong role or party group (403), and leaves nothing behind', async () => {
    const { http } = system;
    const before = await numbersOf();

    const empty = await http
      .post(questions, { partyGroup: '', text: '   ' }, enhedslisten)
      .expect(400);
    expect(empty.body.errors).toEqual([
      { field: 'partyGroup', message: 'Angiv partigruppen, der stiller spørgsmålet' },
      { field: 'text', message: 'Skriv spørgsmålet' },
    ]);
    const unknown = await http
      .post(
        questions,
        { partyGroup: 'Ukendt Parti', initiative: '9.9', text: 'Hvorfor?' },
        as.coordinator,
      )
      .expect(400);
    expect(unknown.body.errors).toEqual([
      { field: 'partyGroup', message: 'Partigruppen Ukendt Parti findes ikke' },
      { field: 'initiative', message: 'Forslag 9.9 findes ikke i budgetrunden' },
    ]);
    // Venstre's draft does not exist for Enhedslisten, in the same words.
    const draft = await http
      .post(
        questions,
        { partyGroup: 'Enhedslisten', initiative: '4.3', text: 'Hvorfor?' },
        enhedslisten,
      )
      .expect(400);
    expect(draft.body.errors).toEqual([
      { field: 'initiative', message: 'Forslag 4.3 findes ikke i budgetrunden' },
    ]);

    const otherParty = await http
      .post(questions, { partyGroup: 'Venstre', text: 'Hvorfor?' }, enhedslisten)
      .expect(403);
    expect(otherParty.body.detail).toBe(
      'Du kan kun stille budgetspørgsmål for din egen partigruppe, ikke for Venstre',
    );
    await http
      .post(questions, { partyGroup: 'Venstre', text: 'Hvorfor?' }, as.administration)
      .expect(403);
    await http.post(`${questions}/1/answer`, { text: 'Svar' }, enhedslisten).expect(403);
    await http.post(`${questions}/1/answer`, { text: 'Svar' }, as.coordinator).expect(403);
    const emptyAnswer = await http
      .post(`${questions}/1/answer`, { text: '' }, as.administration)
      .expect(400);
    expect(emptyAnswer.body.errors).toEqual([{ field: 'text', message: 'Skriv svaret' }]);
    await http.post(`${questions}/77/answer`, { text: 'Svar' }, as.administration).expect(404);

    expect(await numbersOf()).toEqual(before);
    expect((await http.get(`${questions}/1`, enhedslisten)).body.state).toBe('open');
  });

  it('answers a question, corrects the answer with a new text, and tells the asking party group', async () => {
    const { http } = system;
    const answered = await http
      .post(`${questions}/1/answer`, { text: 'Ca. 0,15 mio. kr. om året.' }, as.administration)
      .expect(200);
    expect(answered.body).toMatchObject({
      number: 1,
      state: 'answered',
      stateLabel: 'Besvaret',
      answeredLate: false,
      answer: { text: 'Ca. 0,15 mio. kr. om året.', by: 'embedsmand' },
      answerHeldBack: false,
    });
    expect((await http.get(`${questions}/1`, venstre)).body.answer.text).toBe(
      'Ca. 0,15 mio. kr. om året.',
    );

    type Item = { kind: string; subject: string; text: string };
    const answers = async () =>
      ((await http.get('/me/notifications', enhedslisten)).body.items as Item[]).filter(
        (item) => item.kind === 'questionAnswered',
      );
    const told = await eventually(answers, (items) => items.length === 1);
    expect(told[0]?.subject).toBe('Svar på budgetspørgsmål 1');
    expect(told[0]?.text).toContain('Svaret: »Ca. 0,15 mio. kr. om året.«');
    // Venstre did not ask.
    const venstreInbox = (await http.get('/me/notifications', venstre)).body.items as Item[];
    expect(venstreInbox.filter((item) => item.kind === 'questionAnswered')).toEqual([]);

    const corrected = await http
      .post(`${questions}/1/answer`, { text: 'Rettet: 0,16 mio. kr. om året.' }, as.administration)
      .expect(200);
    expect(corrected.body.answer.text).toBe('Rettet: 0,16 mio. kr. om året.');
    // The same text again is no new correction.
    await http
      .post(`${questions}/1/answer`, { text: 'Rettet: 0,16 mio. kr. om året.' }, as.administration)
      .expect(200);
    const twice = await eventually(answers, (items) => items.length >= 2);
    expect(twice.map((item) => item.subject).sort()).toEqual([
      'Rettet svar på budgetspørgsmål 1',
      'Svar på budgetspørgsmål 1',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await answers()).toHaveLength(2);
    const counts = (await http.get(questions, enhedslisten)).body.counts;
    expect(counts).toEqual({ open: 1, answered: 1, overdue: 0 });
  });

  it('holds answers back from every party group until a coordinator releases them', async () => {
    const { http, roundId } = system;
    await http
      .put(`/rounds/${roundId}/publication`, { holdBack: true }, as.coordinator)
      .expect(200);
    try {
      await http
        .post(`${questions}/2/answer`, { text: 'Reserven er 40 mio. kr.' }, as.administration)
        .expect(200);
      for (const reader of [venstre, enhedslisten]) {
        const seen = (await http.get(`${questions}/2`, reader).expect(200)).body as QuestionBody;
        expect(seen).toMatchObject({ state: 'answered', answer: null, answerHeldBack: true });
        expect(seen.heldBackNotice).toContain('på samme tidspunkt');
        const listed = (await http.get(`${questions}?state=answered`, reader)).body
          .items as QuestionBody[];
        expect(JSON.stringify(listed)).not.toContain('40 mio');
      }
      for (const reader of [as.administration, as.coordinator]) {
        const seen = (await http.get(`${questions}/2`, reader)).body as QuestionBody;
        expect(seen).toMatchObject({
          answer: { text: 'Reserven er 40 mio. kr.' },
          answerHeldBack: false,
        });
      }
      // Venstre hears that its question is answered, not the answer.
      type Item = { kind: string; text: string };
      const told = await eventually(
        async () =>
          ((await http.get('/me/notifications', venstre)).body.items as Item[]).filter(
            (item) => item.kind === 'questionAnswered',
          ),
        (items) => items.length === 1,
      );
      expect(told[0]?.text).not.toContain('40 mio');
      expect(told[0]?.text).toContain(
        'Svaret offentliggøres for alle partigrupper på samme tidspunkt',
      );

      await http.post(`/rounds/${roundId}/publication/releases`, {}, as.coordinator).expect(200);
      const released = (await http.get(`${questions}/2`, venstre)).body as QuestionBody;
      expect(released).toMatchObject({
        answer: { text: 'Reserven er 40 mio. kr.' },
        answerHeldBack: false,
      });

      // The released answer to question 1 stays in view; its correction made after the release
      // waits for the next one.
      await http
        .post(`${questions}/1/answer`, { text: 'Rettet igen: 0,17 mio. kr.' }, as.administration)
        .expect(200);
      const earlier = (await http.get(`${questions}/1`, enhedslisten)).body as QuestionBody;
      expect(earlier).toMatchObject({
        answer: { text: 'Rettet: 0,16 mio. kr. om året.' },
        answerHeldBack: true,
      });
    } finally {
      await http
        .put(`/rounds/${roundId}/publication`, { holdBack: false }, as.coordinator)
        .expect(200);
    }
  });

  it('refuses a question after the question deadline with the deadline in Danish (409)', async () => {
    const { http, roundId } = system;
    const before = await numbersOf();
    await http
      .put(
        `/rounds/${roundId}/calendar`,
        questionCalendar(
          { date: localDate(-1), time: '12:00' },
          { date: localDate(10), time: '12:00' },
        ),
        as.coordinator,
      )
      .expect(200);
    try {
      const refused = await http
        .post(questions, { partyGroup: 'Enhedslisten', text: 'For sent?' }, enhedslisten)
        .expect(409);
      expect(refused.body.code).toBe('deadlinePassed');
      expect(refused.body.detail).toMatch(
        /^Fristen for budgetspørgsmål var \d+\. \p{L}+ \d{4} kl\. 12\.00; der kan ikke stilles flere spørgsmål/u,
      );
      expect(await numbersOf()).toEqual(before);
    } finally {
      await http
        .put(
          `/rounds/${roundId}/calendar`,
          questionCalendar(
            { date: localDate(30), time: '12:00' },
            { date: localDate(40), time: '12:00' },
          ),
          as.coordinator,
        )
        .expect(200);
    }
  });

  it('numbers questions asked at the same time without gaps or duplicates, and a retried request once', async () => {
    const { http } = system;
    const before = await numbersOf();
    const asks = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        http.post(
          questions,
          { partyGroup: 'Enhedslisten', text: `Samtidigt spørgsmål ${i + 1}` },
          enhedslisten,
        ),
      ),
    );
    expect(asks.map((response) => response.status)).toEqual(Array(8).fill(201));
    const next = before.length + 1;
    expect(asks.map((response) => response.body.number as number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 8 }, (_, i) => next + i),
    );

    const send = () =>
      http
        .post(questions, { partyGroup: 'Enhedslisten', text: 'Med nøgle' }, enhedslisten)
        .set('Idempotency-Key', 'spoergsmaal-med-noegle');
    const first = await send().expect(201);
    const retried = await send().expect(201);
    expect(retried.body.number).toBe(first.body.number);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    const all = await numbersOf();
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect(all).toHaveLength(before.length + 9);
  });

  it('escalates a question answered after its due date once, and never again', async () => {
    const { http, dataSource } = system;
    const roundId = `${system.roundId}-svar`;
    await http
      .post(
        '/rounds',
        { id: roundId, name: 'Budget 2026-2029 (spørgsmål)', firstYear: 2026, lastYear: 2029 },
        as.coordinator,
      )
      .expect(201);
    // Questions and answers due at the next whole minute at least 6 s ahead (the calendar is in
    // minutes): the round's timer fires in real time.
    const due = new Date(Math.ceil((Date.now() + 6_000) / 60_000) * 60_000);
    await http
      .put(
        `/rounds/${roundId}/calendar`,
        questionCalendar(inCopenhagen(due), inCopenhagen(due)),
        as.coordinator,
      )
      .expect(200);
    const asked = await http
      .post(
        `/rounds/${roundId}/questions`,
        { partyGroup: 'Enhedslisten', text: 'Når I det?' },
        enhedslisten,
      )
      .expect(201);
    expect(Date.parse(asked.body.dueAt)).toBe(due.getTime());

    const escalations = async () =>
      (await dataSource.query(
        `SELECT event_key, recipient_id FROM notification
         WHERE round_id = $1 AND kind = 'questionOverdue' AND channel = 'inApp'`,
        [roundId],
      )) as { event_key: string; recipient_id: string }[];
    let sent: { event_key: string; recipient_id: string }[] = [];
    for (const until = due.getTime() + 30_000; Date.now() < until;) {
      sent = await escalations();
      if (sent.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(sent.length).toBeGreaterThan(0);
    expect((await http.get(`/rounds/${roundId}/questions/1`, as.coordinator)).body.state).toBe(
      'overdue',
    );

    const late = await http
      .post(`/rounds/${roundId}/questions/1/answer`, { text: 'Nu: ja.' }, as.administration)
      .expect(200);
    expect(late.body).toMatchObject({ state: 'answered', answeredLate: true });
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    const after = await escalations();
    expect([...new Set(after.map((row) => row.event_key))]).toEqual([
      `reminder/${roundId}/question-overdue/1`,
    ]);
    // Once to each coordinator and official, whatever came after.
    expect(after.map((row) => row.recipient_id).sort()).toEqual(['embedsmand', 'koordinator']);
    // The reminder before the due date would have been for a moment already past: passed over.
    const reminders: unknown[] = await dataSource.query(
      `SELECT 1 FROM notification WHERE round_id = $1 AND kind = 'questionReminder'`,
      [roundId],
    );
    expect(reminders).toEqual([]);
  }, 120_000);

  it('replays what the rounds wrote: questions, answers, corrections and the escalation', async () => {
    const workflows = [
      { name: 'round-questions', workflowId: roundWorkflowId(system.roundId) },
      { name: 'round-question-overdue', workflowId: roundWorkflowId(`${system.roundId}-svar`) },
    ];
    const histories = await Promise.all(
      workflows.map(async ({ workflowId }) => ({
        workflowId,
        history: await system.temporal.workflow.getHandle(workflowId).fetchHistory(),
      })),
    );
    const errors = [];
    for await (const result of Worker.runReplayHistories(
      { workflowBundle: { codePath: workflowBundlePath() } },
      histories,
    )) {
      errors.push(result.error?.message ?? null);
    }
    expect(errors).toEqual([null, null]);
    // RECORD_HISTORIES=1 keeps them in workflows/histories, which every later code must replay.
    if (process.env['RECORD_HISTORIES'] === '1') {
      for (const { name, workflowId } of workflows) {
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
        await writeFile(join(__dirname, '../../../workflows/histories', `${name}.json`), stdout);
      }
    }
  });
});
