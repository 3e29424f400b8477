import { createDataSource, UserDirectory } from '@budgetflow/persistence';
import { createTestDatabase } from '@budgetflow/testing';
import type { DataSource } from 'typeorm';
import { people } from './fixtures';

/** A migrated database of this file's own, with the fixture people in the directory. */
export async function openTestDatabase(): Promise<{
  dataSource: DataSource;
  close(): Promise<void>;
}> {
  const database = await createTestDatabase();
  const dataSource = await createDataSource(database.url, { poolSize: 6 }).initialize();
  const directory = new UserDirectory(dataSource);
  for (const person of Object.values(people)) await directory.upsert(person);
  return {
    dataSource,
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

export async function clearNotifications(dataSource: DataSource): Promise<void> {
  await dataSource.query('TRUNCATE notification, notification_preference');
}

export interface Row {
  id: string;
  recipient_id: string;
  channel: string;
  status: string | null;
  digest: boolean;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  sent_at: Date | null;
}

export function rows(dataSource: DataSource, channel?: 'inApp' | 'email'): Promise<Row[]> {
  return dataSource.query(
    `SELECT id, recipient_id, channel, status, digest, attempts, next_attempt_at, last_error, sent_at
     FROM notification ${channel ? 'WHERE channel = $1' : ''} ORDER BY recipient_id, channel`,
    channel ? [channel] : [],
  );
}
