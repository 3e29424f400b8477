import type {
  AgreementRecord,
  AgreementStepOutcome,
  AgreementState,
  Initiative,
} from '@budgetflow/domain';
import type { DataSource } from 'typeorm';

interface AgreementRow {
  round_id: string;
  package_id: number;
  package_version: number;
  package_name: string;
  state: AgreementState;
  steps: AgreementRecord['steps'];
  outcomes: AgreementStepOutcome[];
  started_by: string;
  started_at: Date;
  concluded_at: Date | null;
}

/**
 * The rounds' budget agreements as their workflows record them. Every write is idempotent, as
 * activities run at least once: the agreement is begun once, an outcome is appended only as the
 * next one, and a concluded agreement stays concluded.
 */
export class AgreementRepository {
  constructor(private readonly dataSource: DataSource) {}

  async begin(record: AgreementRecord): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO agreement
         (round_id, package_id, package_version, package_name, state, steps, outcomes,
          started_by, started_at)
       VALUES ($1, $2, $3, $4, 'running', $5::jsonb, '[]', $6, $7)
       ON CONFLICT (round_id) DO NOTHING`,
      [
        record.roundId,
        record.package.id,
        record.package.version,
        record.package.name,
        JSON.stringify(record.steps),
        record.startedBy,
        record.startedAt,
      ],
    );
  }

  /** Records how step `index` went, if it is the next one not yet recorded. */
  async recordOutcome(
    roundId: string,
    index: number,
    outcome: AgreementStepOutcome,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE agreement SET outcomes = outcomes || jsonb_build_array($3::jsonb)
       WHERE round_id = $1 AND jsonb_array_length(outcomes) = $2`,
      [roundId, index, JSON.stringify(outcome)],
    );
  }

  async conclude(roundId: string, at: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE agreement SET state = 'concluded', concluded_at = $2
       WHERE round_id = $1 AND state = 'running'`,
      [roundId, at],
    );
  }

  /** The round's agreement; null before one is begun. */
  async find(roundId: string): Promise<AgreementRecord | null> {
    const rows: AgreementRow[] = await this.dataSource.query(
      'SELECT * FROM agreement WHERE round_id = $1',
      [roundId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      roundId: row.round_id,
      package: { id: row.package_id, version: row.package_version, name: row.package_name },
      state: row.state,
      steps: row.steps,
      outcomes: row.outcomes,
      startedBy: row.started_by,
      startedAt: row.started_at.toISOString(),
      concludedAt: row.concluded_at?.toISOString() ?? null,
    };
  }

  /**
   * The round's initiatives beyond the draft, as the read model has them: what an agreement
   * settles (drafts are their parties' own, and no agreement touches one).
   */
  async initiativesBeyondDraft(roundId: string): Promise<Initiative[]> {
    const rows: { document: Initiative }[] = await this.dataSource.query(
      `SELECT document FROM initiative WHERE round_id = $1 AND state <> 'draft'
       ORDER BY committee, number_minor`,
      [roundId],
    );
    return rows.map((row) => row.document);
  }
}
