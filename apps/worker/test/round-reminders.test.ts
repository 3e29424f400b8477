import { calendarOf, submissionDeadline } from './support/calendars';
import {
  copenhagenOffsetHours,
  easterSunday,
  inCopenhagen,
  iso,
  lastSunday,
  plusDays,
} from './support/danish-dates';
import { enhedslisten, sf, startRoundSystem } from './support/round-system';

// Reminders to party groups before the submission deadline, 5 and 1 working days before it, at
// 09:00 in Copenhagen: across the change to winter time and across Easter. The scenarios lie in
// the year after the test server's clock, which starts at today's date.

let system: Awaited<ReturnType<typeof startRoundSystem>>;

beforeAll(async () => {
  system = await startRoundSystem();
}, 120_000);

afterAll(() => system?.stop());

test('reminders before the deadline come at 09:00 local time on both sides of a daylight-saving change and skip Easter', async () => {
  const year = (await system.now()).getUTCFullYear() + 1;

  // Winter time begins on the last Sunday of October. A deadline on the Wednesday after it:
  // 1 working day before is the Tuesday after (CET), 5 working days before the Wednesday before
  // (CEST). No holidays in late October.
  const autumnChange = lastSunday(year, 10);
  const autumnDeadline = plusDays(autumnChange, 3);
  const autumn = await system.startRound(calendarOf([submissionDeadline(iso(autumnDeadline))]));
  await system.addInitiative(autumn.round.id, '4.2', enhedslisten, 'draft');

  // Easter: a deadline on the Wednesday after Easter Sunday. 1 working day before is Tuesday
  // (Easter Monday is a holiday); 5 working days before: Tue +2, [Mon, Sun, Sat, Fri, Thu off],
  // Wed -4, Tue -5, Mon -6, Fri -9: the Friday before Palm Sunday.
  const easter = easterSunday(year);
  const easterDeadline = plusDays(easter, 3);
  const spring = await system.startRound(calendarOf([submissionDeadline(iso(easterDeadline))]));
  await system.addInitiative(spring.round.id, '5.9', enhedslisten, 'draft');

  await system.sleepUntil(`${iso(plusDays(autumnDeadline, 1))}T12:00:00Z`);

  const reminders = await system.inbox(enhedslisten.id, 'submissionReminder');
  const about = (roundId: string) =>
    reminders.filter((reminder) => reminder.eventKey.includes(roundId)).map((r) => r.at);

  const springTimes = about(spring.round.id);
  expect(springTimes.map(inCopenhagen)).toEqual([
    `${iso(plusDays(easter, -9))} 09:00`,
    `${iso(plusDays(easter, 2))} 09:00`,
  ]);

  const autumnTimes = about(autumn.round.id);
  expect(autumnTimes.map(inCopenhagen)).toEqual([
    `${iso(plusDays(autumnChange, -4))} 09:00`,
    `${iso(plusDays(autumnChange, 2))} 09:00`,
  ]);
  // The same 09:00 on the wall is a different hour in UTC on either side of the change.
  expect(autumnTimes.map(copenhagenOffsetHours)).toEqual([2, 1]);
  expect(autumnTimes.map((at) => at.getUTCHours())).toEqual([7, 8]);

  // A party group without drafts is not reminded.
  expect(await system.inbox(sf.id, 'submissionReminder')).toEqual([]);
}, 120_000);
