import { initiativeMovedSignal } from '@budgetflow/workflows';
import { calendarOf } from './support/calendars';
import { christmasWorkingDaysAfter, inCopenhagen, iso, plusDays } from './support/danish-dates';
import { coordinator, enhedslisten, official, startRoundSystem } from './support/round-system';

// A review submitted just before Christmas is due five working days later, counted past the
// Christmas days, New Year's Eve and New Year's Day; reminded two working days before; escalated
// at 16:00 on the due day.

let system: Awaited<ReturnType<typeof startRoundSystem>>;

beforeAll(async () => {
  system = await startRoundSystem();
}, 120_000);

afterAll(() => system?.stop());

test('a review due date is counted in working days over Christmas and New Year', async () => {
  const year = (await system.now()).getUTCFullYear() + 1;
  const submitted = { year, month: 12, day: 22 };
  const { handle } = await system.startRound(calendarOf([], { reviewWorkingDays: 5 }));

  await system.sleepUntil(`${iso(submitted)}T09:00:00Z`);
  await handle.signal(initiativeMovedSignal, {
    number: '4.2',
    title: 'Omsorgstopmøde',
    partyGroups: enhedslisten.partyGroups,
    command: 'submit',
    state: 'submitted',
    at: (await system.now()).toISOString(),
  });

  const due = christmasWorkingDaysAfter(submitted, 5);
  const reminderDay = christmasWorkingDaysAfter(submitted, 3); // two working days before due
  await system.sleepUntil(`${iso(plusDays(due, 3))}T12:00:00Z`);

  const reminders = await system.inbox(official.id, 'reviewReminder');
  expect(reminders.map((reminder) => inCopenhagen(reminder.at))).toEqual([
    `${iso(reminderDay)} 09:00`,
  ]);
  const escalations = await system.inbox(coordinator.id, 'reviewOverdue');
  expect(escalations.map((escalation) => inCopenhagen(escalation.at))).toEqual([
    `${iso(due)} 16:00`,
  ]);
  // Five working days take a week in an ordinary week; over Christmas they take longer.
  const calendarDays = (Date.parse(iso(due)) - Date.parse(iso(submitted))) / 86_400_000;
  expect(calendarDays).toBeGreaterThan(7);
}, 120_000);
