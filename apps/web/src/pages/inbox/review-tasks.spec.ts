import type { InitiativeListItem, ReviewTask } from '../../api/types';
import { closedTasks, openTasks, submittedByOf } from './review-tasks';

const task = (number: string, overrides: Partial<ReviewTask> = {}): ReviewTask => ({
  number,
  title: `Forslag ${number}`,
  partyGroups: ['SF'],
  submittedAt: '2026-05-01T10:00:00Z',
  dueOverride: null,
  closedAt: null,
  dueDate: '2026-06-12',
  dueAt: '2026-06-12T14:00:00Z',
  dueText: '12. juni 2026 kl. 16.00',
  overdue: false,
  ...overrides,
});

describe("the administration's inbox", () => {
  it('lists the open tasks, overdue first, then by due date, then by number', () => {
    const tasks = [
      task('4.10'),
      task('4.2'),
      task('5.1', { dueDate: '2026-06-01', dueAt: '2026-06-01T14:00:00Z' }),
      task('6.1', { overdue: true, dueDate: '2026-06-20', dueAt: '2026-06-20T14:00:00Z' }),
      task('7.1', { closedAt: '2026-06-02T09:00:00Z' }),
    ];
    expect(openTasks(tasks, []).map((one) => one.number)).toEqual(['6.1', '5.1', '4.2', '4.10']);
  });

  it('joins each task with its initiative for the state', () => {
    const initiative = { number: '4.2', state: 'inReview' } as InitiativeListItem;
    const [joined] = openTasks([task('4.2')], [initiative]);
    expect(joined?.initiative).toBe(initiative);
  });

  it('lists the closed tasks, the latest first', () => {
    const tasks = [
      task('4.2', { closedAt: '2026-06-01T09:00:00Z' }),
      task('4.3'),
      task('4.4', { closedAt: '2026-06-03T09:00:00Z' }),
    ];
    expect(closedTasks(tasks).map((one) => one.number)).toEqual(['4.4', '4.2']);
  });

  it('names the administration when no party group put the initiative forward', () => {
    expect(submittedByOf({ partyGroups: [] })).toBe('Administrationen');
    expect(submittedByOf({ partyGroups: ['Socialdemokratiet', 'SF'] })).toBe(
      'Socialdemokratiet, SF',
    );
  });
});
