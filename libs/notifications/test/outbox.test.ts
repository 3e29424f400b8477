import { NotificationPreferenceRepository } from '@budgetflow/persistence';
import type { DataSource } from 'typeorm';
import { NotificationOutbox } from '../src';
import { people, submitted } from './support/fixtures';
import { clearNotifications, openTestDatabase, rows } from './support/test-db';

// 13.05 in Copenhagen on 2 September 2025.
const now = new Date('2025-09-02T11:05:00Z');
const outbox = new NotificationOutbox({ publicUrl: 'http://localhost:3000', clock: () => now });

let db: Awaited<ReturnType<typeof openTestDatabase>>;
let dataSource: DataSource;

beforeAll(async () => {
  db = await openTestDatabase();
  dataSource = db.dataSource;
});
afterAll(() => db.close());
beforeEach(() => clearNotifications(dataSource));

const enqueue = (event: ReturnType<typeof submitted>) =>
  dataSource.transaction((tx) => outbox.enqueue(tx, event));

describe('NotificationOutbox.enqueue', () => {
  it('tells everyone concerned in the inbox, and by e-mail those with an address', async () => {
    await enqueue(submitted('budget-2026-2029'));
    const written = await rows(dataSource);
    // Coordinators and Enhedslisten's members, not Mette who acted, not Sofie of another party.
    expect(written.map((row) => `${row.recipient_id}/${row.channel}`)).toEqual([
      'jens.ø/email',
      'jens.ø/inApp',
      'karin.k/email',
      'karin.k/inApp',
    ]);
    const email = written.find((row) => row.channel === 'email')!;
    expect(email).toMatchObject({ status: 'pending', digest: false, attempts: 0 });
    expect(email.next_attempt_at).toEqual(now);
  });

  it('writes nothing new when the same event is enqueued again', async () => {
    const event = submitted('budget-2026-2029');
    await enqueue(event);
    const first = await rows(dataSource);
    await enqueue(event);
    await enqueue(event);
    expect(await rows(dataSource)).toEqual(first);
  });

  it('leaves nothing when the transaction that caused it rolls back', async () => {
    await expect(
      dataSource.transaction(async (tx) => {
        await outbox.enqueue(tx, submitted('budget-2026-2029'));
        throw new Error('the projection failed');
      }),
    ).rejects.toThrow('the projection failed');
    expect(await rows(dataSource)).toEqual([]);
  });

  it('follows the e-mail preferences: off writes only the inbox entry, digest waits for 07:00', async () => {
    const preferences = new NotificationPreferenceRepository(dataSource);
    await preferences.replace(people.koordinator.id, { stateChanged: 'off' });
    await preferences.replace(people.jens.id, { stateChanged: 'digest', merged: 'off' });
    await enqueue(submitted('budget-2026-2029'));
    const written = await rows(dataSource);
    expect(written.filter((row) => row.recipient_id === people.koordinator.id)).toEqual([
      expect.objectContaining({ channel: 'inApp' }),
    ]);
    const jens = written.find(
      (row) => row.recipient_id === people.jens.id && row.channel === 'email',
    );
    expect(jens).toMatchObject({ status: 'pending', digest: true });
    // 07:00 in Copenhagen the next morning
    expect(jens!.next_attempt_at).toEqual(new Date('2025-09-03T05:00:00Z'));
  });

  it('gives people without an address the inbox only', async () => {
    await enqueue({
      kind: 'reviewTask',
      key: 'review-task/budget-2026-2029/4.2',
      roundId: 'budget-2026-2029',
      at: '2025-09-02T11:00:00Z',
      initiative: { number: '4.2', title: 'Omsorgstopmøde', partyGroups: ['Enhedslisten'] },
      dueAt: '2025-09-16T14:00:00Z',
    });
    expect((await rows(dataSource)).map((row) => `${row.recipient_id}/${row.channel}`)).toEqual([
      'embedsmand/inApp',
    ]);
  });

  it('writes nothing when nobody is concerned', async () => {
    await enqueue({
      kind: 'submissionReminder',
      key: 'submission/x/1',
      roundId: 'budget-2026-2029',
      at: '2025-09-02T07:00:00Z',
      roundName: 'Budget 2026-2029',
      partyGroup: 'Venstre',
      deadline: '2025-09-03T10:00:00Z',
      drafts: [{ number: '6.1', title: 'Veje' }],
    });
    expect(await rows(dataSource)).toEqual([]);
  });
});
