import {
  addWorkingDays,
  instantOf,
  localDateOf,
  type Milestone,
  type RoundRecord,
} from '@budgetflow/domain';
import { workflowBundlePath } from '@budgetflow/testing';
import {
  answerQuestionUpdate,
  askQuestionUpdate,
  type RoundWorkflowInput,
  roundWorkflow,
  roundWorkflowId,
} from '@budgetflow/workflows';
import { Worker } from '@temporalio/worker';
import { calendarOf } from './support/calendars';
import { coordinator, enhedslisten, official, sf, startRoundSystem } from './support/round-system';

// Budget questions in the round workflow over weeks of (skipped) time: a round carried from a
// run before budget questions takes them; numbers go on across continue-as-new, and a retried
// ask finds its question there; the administration is reminded before the answer deadline, and
// each question unanswered at it is escalated once, also when it is answered late.

let system: Awaited<ReturnType<typeof startRoundSystem>>;

beforeAll(async () => {
  system = await startRoundSystem();
}, 120_000);

afterAll(() => system?.stop());

test('questions are numbered across continue-as-new, reminded, and escalated once each', async () => {
  const year = (await system.now()).getUTCFullYear() + 1;
  const questionDeadline: Milestone = {
    id: 'spoergsmaal',
    kind: 'questionDeadline',
    title: 'Frist for budgetspørgsmål',
    date: `${year}-08-24`,
    time: '12:00',
  };
  const answerDeadline: Milestone = {
    id: 'svar',
    kind: 'answerDeadline',
    title: 'Frist for svar på budgetspørgsmål',
    date: `${year}-08-31`,
    time: '12:00',
  };
  const calendar = calendarOf([questionDeadline, answerDeadline]);
  const dueAt = instantOf(answerDeadline.date, answerDeadline.time);
  const remindedAt = instantOf(addWorkingDays(answerDeadline.date, -1), '09:00');

  // A round whose state was carried from a run before budget questions: it has none.
  const round = {
    id: `budget-${year}-spoergsmaal`,
    name: 'Budget',
    firstYear: year,
    lastYear: year + 3,
  };
  await system.dataSource.query(
    'INSERT INTO round (id, name, first_year, last_year) VALUES ($1, $2, $3, $4)',
    [round.id, round.name, round.firstYear, round.lastYear],
  );
  const olderState: RoundRecord = {
    round,
    calendar,
    version: 1,
    calendarVersion: 1,
    lateSubmissions: [],
    reviewTasks: [],
  };
  const input: RoundWorkflowInput = {
    round,
    maxHistoryEvents: 30,
    carried: { state: olderState, plannedKeys: [], handledKeys: [] },
  };
  const handle = await system.env.client.workflow.start(roundWorkflow, {
    workflowId: roundWorkflowId(round.id),
    taskQueue: system.taskQueue,
    args: [input],
  });
  const firstRun = handle.firstExecutionRunId;

  await system.sleepUntil(`${year}-08-20T08:00:00Z`);
  const ask = (text: string, updateId: string, actor = enhedslisten) =>
    handle.executeUpdate(askQuestionUpdate, {
      args: [{ partyGroup: actor.partyGroups[0]!, initiative: null, text, actor }],
      updateId,
    });
  const numbers = [];
  for (const [index, actor] of [enhedslisten, sf, enhedslisten].entries()) {
    numbers.push((await ask(`Spørgsmål ${index + 1}`, `ask-${index + 1}`, actor)).question.number);
  }
  expect(numbers).toEqual([1, 2, 3]);

  // The history has grown past 30 events: the round goes on in a new run with its questions.
  for (let i = 0; (await handle.describe()).runId === firstRun && i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect((await handle.describe()).runId).not.toBe(firstRun);
  // A retried ask finds its question in the new run instead of asking it again.
  const retried = await ask('Spørgsmål 1', 'ask-1');
  expect(retried.question).toMatchObject({ number: 1, text: 'Spørgsmål 1' });
  const fourth = await ask('Spørgsmål 4', 'ask-4', sf);
  expect(fourth).toMatchObject({ question: { number: 4 }, dueAt });

  // Question 2 is answered in time; the others are not.
  await handle.executeUpdate(answerQuestionUpdate, {
    args: [{ number: 2, text: 'Svar i tide', actor: official }],
  });
  await system.sleepUntil(`${year}-09-02T10:00:00Z`);
  const late = await handle.executeUpdate(answerQuestionUpdate, {
    args: [{ number: 1, text: 'Svar for sent', actor: official }],
  });
  expect(late.question.answer?.text).toBe('Svar for sent');
  await system.sleepUntil(`${year}-09-20T10:00:00Z`);

  const keyed = (rows: { eventKey: string }[]) => rows.map((row) => row.eventKey.split('/').pop());
  const reminders = await system.inbox(official.id, 'questionReminder');
  // Sent in the minute they are due (the workflow's clock runs on while it sends).
  const minute = (at: Date | string) => new Date(at).toISOString().slice(0, 16);
  expect(reminders.map((reminder) => minute(reminder.at))).toEqual(
    Array(3).fill(minute(remindedAt)),
  );
  const escalations = await system.inbox(coordinator.id, 'questionOverdue');
  expect(keyed(escalations).sort()).toEqual(['1', '3', '4']);
  expect(escalations.map((row) => minute(row.at))).toEqual(Array(3).fill(minute(dueAt)));
  expect(await system.inbox(official.id, 'questionOverdue')).toHaveLength(3);
  expect((await system.inbox(official.id, 'questionAsked')).length).toBe(4);
  expect((await system.inbox(enhedslisten.id, 'questionAnswered')).map((row) => row.text)).toEqual([
    expect.stringContaining('Svar for sent'),
  ]);

  // The read model has every question with its due instant and answer.
  const rows: { number: number; due_at: Date; answer_text: string | null }[] =
    await system.dataSource.query(
      'SELECT number, due_at, answer_text FROM budget_question WHERE round_id = $1 ORDER BY number',
      [round.id],
    );
  expect(
    rows.map((row) => [row.number, localDateOf(row.due_at.toISOString()), row.answer_text]),
  ).toEqual([
    [1, answerDeadline.date, 'Svar for sent'],
    [2, answerDeadline.date, 'Svar i tide'],
    [3, answerDeadline.date, null],
    [4, answerDeadline.date, null],
  ]);

  await Worker.runReplayHistory(
    { workflowBundle: { codePath: workflowBundlePath() } },
    await handle.fetchHistory(),
    handle.workflowId,
  );
}, 180_000);
