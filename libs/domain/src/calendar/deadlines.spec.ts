import type { Milestone } from './calendar';
import { calendarEntriesFor, upcomingDeadlinesFor, type Viewer } from './deadlines';
import {
  aReviewTask,
  calendarOf,
  negotiationStart,
  regionsraadet2Sep,
  submissionDeadline,
} from './fixtures.spec-helper';

const calendar = calendarOf([submissionDeadline, regionsraadet2Sep, negotiationStart]);
/** 4.2 is due Monday 5 May 2025 16:00 (14:00Z); 4.3's review is done. */
const tasks = [
  aReviewTask(),
  aReviewTask({
    number: '4.3',
    title: 'Flere psykiatriske sengepladser',
    closedAt: '2025-04-30T09:00:00Z',
  }),
];

const enhedslisten: Viewer = { role: 'partyGroupMember', partyGroups: ['Enhedslisten'] };
const administration: Viewer = { role: 'administration', partyGroups: [] };
const coordinator: Viewer = { role: 'coordinator', partyGroups: [] };

const milestones = [
  {
    kind: 'submissionDeadline',
    id: 'milestone/indsendelsesfrist',
    title: 'Frist for budgetinitiativer',
    at: '2025-04-23T10:00:00Z',
    milestoneId: 'indsendelsesfrist',
  },
  {
    kind: 'meeting',
    id: 'milestone/regionsraadet-2-sep',
    title: 'Regionsrådets møde',
    at: '2025-09-02T11:00:00Z',
    milestoneId: 'regionsraadet-2-sep',
  },
  {
    kind: 'negotiationStart',
    id: 'milestone/forhandlinger-begynder',
    title: 'Budgetforhandlingerne begynder',
    at: '2025-09-03T07:00:00Z',
    milestoneId: 'forhandlinger-begynder',
  },
];
const reviewDue = {
  kind: 'reviewDue',
  id: 'review/4.2',
  title: 'Administrativ behandling af forslag 4.2 Omsorgstopmøde',
  at: '2025-05-05T14:00:00Z',
  number: '4.2',
};
const agendaDeadline = {
  // 5 working days before Tuesday 2 September: Tuesday 26 August 12:00 CEST
  kind: 'agendaDeadline',
  id: 'agenda/regionsraadet-2-sep',
  title: 'Frist for materiale til Regionsrådets møde',
  at: '2025-08-26T10:00:00Z',
  milestoneId: 'regionsraadet-2-sep',
};

describe('upcomingDeadlinesFor', () => {
  it('shows a party member the milestones, but no review due dates, not even of its own initiative', () => {
    expect(upcomingDeadlinesFor(enhedslisten, calendar, tasks, '2025-04-01T00:00:00Z')).toEqual(
      milestones,
    );
  });

  it('shows the administration agenda deadlines and open review tasks, earliest first', () => {
    expect(upcomingDeadlinesFor(administration, calendar, tasks, '2025-04-24T00:00:00Z')).toEqual([
      reviewDue,
      agendaDeadline,
      milestones[1],
      milestones[2],
    ]);
  });

  it('shows a system administrator only the milestones', () => {
    const systemAdministrator: Viewer = { role: 'systemAdministrator', partyGroups: [] };
    expect(
      upcomingDeadlinesFor(systemAdministrator, calendar, tasks, '2025-04-01T00:00:00Z'),
    ).toEqual(milestones);
  });

  it('shows the coordinators the same as the administration', () => {
    expect(upcomingDeadlinesFor(coordinator, calendar, tasks, '2025-04-24T00:00:00Z')).toEqual(
      upcomingDeadlinesFor(administration, calendar, tasks, '2025-04-24T00:00:00Z'),
    );
  });

  it('includes an entry at the very instant it is due, and not a second later', () => {
    const at = (now: string) =>
      upcomingDeadlinesFor(enhedslisten, calendar, tasks, now).map((entry) => entry.id);
    expect(at('2025-04-23T10:00:00Z')).toContain('milestone/indsendelsesfrist');
    expect(at('2025-04-23T10:00:01Z')).not.toContain('milestone/indsendelsesfrist');
  });
});

describe('calendarEntriesFor', () => {
  it('keeps the ids of a moved meeting and its agenda deadline, so the feed updates them', () => {
    const moved: Milestone = { ...regionsraadet2Sep, date: '2025-09-09' };
    const entries = calendarEntriesFor(administration, calendarOf([moved]), []);
    expect(entries).toEqual([
      // 5 working days before Tuesday 9 September: Tuesday 2 September 12:00 CEST
      { ...agendaDeadline, at: '2025-09-02T10:00:00Z' },
      { ...milestones[1], at: '2025-09-09T11:00:00Z' },
    ]);
  });
});
