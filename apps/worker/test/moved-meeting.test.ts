import { changeCalendarUpdate } from '@budgetflow/workflows';
import { calendarOf, councilMeeting } from './support/calendars';
import { inCopenhagen, iso, weekdaysBefore } from './support/danish-dates';
import { coordinator, enhedslisten, official, startRoundSystem } from './support/round-system';

// The council meeting on 2 September: coordinators get the list of initiatives not yet decided
// one working day before the meeting's agenda deadline (5 working days before the meeting).
// Moving the meeting moves that reminder; the old one never fires; everyone is told.

let system: Awaited<ReturnType<typeof startRoundSystem>>;

beforeAll(async () => {
  system = await startRoundSystem();
}, 120_000);

afterAll(() => system?.stop());

test('moving the 2 September meeting moves its reminder and cancels the old one', async () => {
  const year = (await system.now()).getUTCFullYear() + 1;
  const second = { year, month: 9, day: 2 };
  const ninth = { year, month: 9, day: 9 };
  const { round, handle } = await system.startRound(calendarOf([councilMeeting(iso(second))]));
  await system.addInitiative(round.id, '4.2', enhedslisten, 'submitted');

  // Late August and early September have no Danish holidays: counting weekdays is enough.
  const oldReminder = weekdaysBefore(weekdaysBefore(second, 5), 1);
  const newReminder = weekdaysBefore(weekdaysBefore(ninth, 5), 1);

  await system.sleepUntil(`${year}-07-01T10:00:00Z`);
  await handle.executeUpdate(changeCalendarUpdate, {
    args: [{ calendar: calendarOf([councilMeeting(iso(ninth))]), actor: coordinator }],
  });

  await system.sleepUntil(`${iso(ninth)}T18:00:00Z`);

  const reminders = await system.inbox(coordinator.id, 'agendaReminder');
  expect(reminders.map((reminder) => inCopenhagen(reminder.at))).toEqual([
    `${iso(newReminder)} 09:00`,
  ]);
  expect(inCopenhagen(reminders[0]!.at)).not.toContain(iso(oldReminder));

  // Everyone concerned hears of the move; the coordinator who moved it knows already.
  for (const person of [official, enhedslisten]) {
    const told = await system.inbox(person.id, 'calendarChanged');
    expect(told).toHaveLength(1);
    expect(told[0]!.subject).toContain(round.name);
    expect(told[0]!.text).toContain('Regionsrådets møde');
    expect(told[0]!.text).toContain(`9. september ${year}`);
  }
  expect(await system.inbox(coordinator.id, 'calendarChanged')).toEqual([]);
}, 120_000);
