import type { DataSource } from 'typeorm';

/** What became of a request sent with an idempotency key. */
export type IdempotentRequest =
  | { readonly state: 'new' }
  /** Begun and not answered (still running, or its process died): the retry runs it again. */
  | { readonly state: 'unanswered'; readonly fingerprint: string }
  | {
      readonly state: 'answered';
      readonly fingerprint: string;
      readonly status: number;
      readonly body: unknown;
    };

/** Keys and their answers, per person, kept for a day. */
export class IdempotentRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims the key for this request, or tells what an earlier request with it became. */
  async begin(actorId: string, key: string, fingerprint: string): Promise<IdempotentRequest> {
    const rows: { fingerprint: string; status: number | null; body: unknown; inserted: boolean }[] =
      await this.dataSource.query(
        `WITH inserted AS (
           INSERT INTO idempotent_request (actor_id, key, fingerprint) VALUES ($1, $2, $3)
           ON CONFLICT (actor_id, key) DO NOTHING
           RETURNING fingerprint, status, body)
         SELECT fingerprint, status, body, true AS inserted FROM inserted
         UNION ALL
         SELECT fingerprint, status, body, false FROM idempotent_request
          WHERE actor_id = $1 AND key = $2 AND NOT EXISTS (SELECT 1 FROM inserted)`,
        [actorId, key, fingerprint],
      );
    const row = rows[0];
    if (!row || row.inserted) return { state: 'new' };
    if (row.status === null) return { state: 'unanswered', fingerprint: row.fingerprint };
    return {
      state: 'answered',
      fingerprint: row.fingerprint,
      status: row.status,
      body: row.body,
    };
  }

  async answer(actorId: string, key: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotent_request SET status = $3, body = $4, completed_at = now()
        WHERE actor_id = $1 AND key = $2 AND status IS NULL`,
      [actorId, key, status, JSON.stringify(body ?? null)],
    );
  }

  /** Forgets a key whose request was not answered with success (a refusal leaves no trace). */
  async forgetUnanswered(actorId: string, key: string): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM idempotent_request WHERE actor_id = $1 AND key = $2 AND status IS NULL',
      [actorId, key],
    );
  }

  /** Forgets keys older than `maxAgeMs`; any replica may run it, it is harmless twice. */
  async forgetOlderThan(maxAgeMs: number): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM idempotent_request WHERE created_at < now() - ($1 || ' milliseconds')::interval`,
      [String(maxAgeMs)],
    );
    return count;
  }
}
