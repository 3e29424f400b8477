import { workflowBundlePath } from '@budgetflow/testing';
import { initiativeMovedSignal, roundQuery } from '@budgetflow/workflows';
import { Worker } from '@temporalio/worker';
import { calendarOf } from './support/calendars';
import { easterSunday, inCopenhagen, iso, plusDays } from './support/danish-dates';
import { coordinator, enhedslisten, official, startRoundSystem } from './support/round-system';

// The administration's review task: due a number of working days after submission, counted over
// Easter; reminded before it is due; escalated to the coordinators once when overdue; closed when
// the review is completed.

let system: Awaited<ReturnType<typeof startRoundSystem>>;

beforeAll(async () => {
  system = await startRoundSystem();
}, 120_000);

afterAll(() => system?.stop());

test('a review submitted before Easter is due after it, reminded, and escalated exactly once', async () => {
  const year = (await system.now()).getUTCFullYear() + 1;
  const easter = easterSunday(year);
  const { round, handle } = await system.startRound(calendarOf([], { reviewWorkingDays: 3 }));

  // Submitted on the Wednesday before Easter, 10:00 local (summer time or not: asserted locally).
  await system.sleepUntil(`${iso(plusDays(easter, -4))}T08:00:00Z`);
  const submittedAt = (await system.now()).toISOString();
  const moved = (number: string, command: 'submit' | 'completeReview', at: string) => ({
    number,
    title: `Forslag ${number}`,
    partyGroups: enhedslisten.partyGroups,
    command,
    state: command === 'submit' ? ('submitted' as const) : ('inReview' as const),
    at,
  });
  await handle.signal(initiativeMovedSignal, moved('4.2', 'submit', submittedAt));
  await handle.signal(initiativeMovedSignal, moved('4.3', 'submit', submittedAt));
  // Signals arrive at least once: hearing the submission again opens nothing new.
  await handle.signal(initiativeMovedSignal, moved('4.2', 'submit', submittedAt));

  // Three working days after Wednesday -4: [Thu -3, Fri -2, Sat, Sun, Mon +1 off], Tue +2,
  // Wed +3, Thu +4. Due at 16:00 on Thursday after Easter.
  const dueLocal = `${iso(plusDays(easter, 4))} 16:00`;
  const view = await handle.query(roundQuery);
  expect(view.reviewTasks.map((task) => task.number)).toEqual(['4.2', '4.3']);

  // 4.3 is reviewed in time (the Tuesday after Easter), so it is neither reminded again nor escalated.
  await system.sleepUntil(`${iso(plusDays(easter, 2))}T12:00:00Z`);
  await handle.signal(
    initiativeMovedSignal,
    moved('4.3', 'completeReview', (await system.now()).toISOString()),
  );

  // Two weeks past the due date.
  await system.sleepUntil(`${iso(plusDays(easter, 18))}T12:00:00Z`);

  const tasks = await system.inbox(official.id, 'reviewTask');
  expect(tasks.map((task) => task.eventKey)).toEqual([
    `review-task/${round.id}/4.2`,
    `review-task/${round.id}/4.3`,
  ]);

  // The reminder two working days before the due date: Tuesday after Easter at 09:00.
  const reminders = await system.inbox(official.id, 'reviewReminder');
  expect(
    reminders.map((reminder) => [reminder.eventKey.split('/')[3], inCopenhagen(reminder.at)]),
  ).toEqual([
    ['4.2', `${iso(plusDays(easter, 2))} 09:00`],
    ['4.3', `${iso(plusDays(easter, 2))} 09:00`],
  ]);

  const escalations = await system.inbox(coordinator.id, 'reviewOverdue');
  expect(escalations).toHaveLength(1);
  expect(escalations[0]!.eventKey).toContain('/4.2/');
  expect(inCopenhagen(escalations[0]!.at)).toBe(dueLocal);
  expect(await system.inbox(official.id, 'reviewOverdue')).toHaveLength(1);

  const after = await handle.query(roundQuery);
  expect(after.reviewTasks.find((task) => task.number === '4.3')?.closedAt).not.toBeNull();
  expect(after.reviewTasks.find((task) => task.number === '4.2')?.closedAt).toBeNull();

  // The read model follows: the open task is there with its due instant.
  const rows: { number: string; due_at: Date; closed_at: Date | null }[] =
    await system.dataSource.query(
      'SELECT number, due_at, closed_at FROM review_task WHERE round_id = $1 ORDER BY number',
      [round.id],
    );
  expect(rows.map((row) => [row.number, inCopenhagen(row.due_at), row.closed_at === null])).toEqual(
    [
      ['4.2', dueLocal, true],
      ['4.3', dueLocal, false],
    ],
  );

  // Weeks of timers, signals and reminders replay to the same commands.
  await Worker.runReplayHistory(
    { workflowBundle: { codePath: workflowBundlePath() } },
    await handle.fetchHistory(),
    handle.workflowId,
  );
}, 120_000);
