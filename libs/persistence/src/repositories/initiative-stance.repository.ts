import type { Initiative, LifecycleState, Role, Stance } from '@budgetflow/domain';
import type { DataSource } from 'typeorm';
import {
  appendStance,
  stanceColumns as recordColumns,
  stanceJoins,
  type StanceRecord,
  type StanceRow as RecordRow,
  toStanceRecord,
} from './stance-ledger';

/** A party group's stance on an initiative as recorded: who recorded it, and when. */
export interface RecordedStance extends StanceRecord {
  readonly number: string;
}

/** What the support grid needs of an initiative, and what its visibility is decided on. */
export interface SupportedInitiative {
  readonly number: string;
  readonly title: string;
  readonly state: LifecycleState;
  readonly partyGroups: readonly string[];
  readonly byAdministration: boolean;
}

export interface StanceKey {
  readonly roundId: string;
  readonly number: string;
  readonly partyGroup: string;
}

type StanceRow = RecordRow & { number: string };

const stanceColumns = `s.number, ${recordColumns}`;

/**
 * The party groups' stances on initiatives. Each change is a row of its own and the latest row of
 * an initiative and party group is its stance: the table is the stances' history.
 */
export class InitiativeStanceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The current stances in a round (or of one initiative), by number and party group. */
  async current(roundId: string, number?: string): Promise<RecordedStance[]> {
    const rows: StanceRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (s.number, s.party_group) ${stanceColumns}
         FROM initiative_stance s ${stanceJoins}
         WHERE s.round_id = $1 AND ($2::text IS NULL OR s.number = $2)
         ORDER BY s.number, s.party_group, s.id DESC
       ) latest ORDER BY number, party_group`,
      [roundId, number ?? null],
    );
    return rows.map(toStance);
  }

  /** Every stance an initiative has had, the latest first. */
  async history(roundId: string, number: string): Promise<RecordedStance[]> {
    const rows: StanceRow[] = await this.dataSource.query(
      `SELECT ${stanceColumns} FROM initiative_stance s ${stanceJoins}
       WHERE s.round_id = $1 AND s.number = $2
       ORDER BY s.id DESC`,
      [roundId, number],
    );
    return rows.map(toStance);
  }

  /**
   * Records a party group's stance, after `check` has accepted the initiative as it is now (it
   * throws to refuse; null: no such initiative). The initiative's row is read with a share lock,
   * so a step ending it waits until the stance is in, or the stance sees it ended. The same stance
   * and comment again adds no row: a repeated request changes nothing.
   */
  async record(
    key: StanceKey,
    change: { readonly stance: Stance; readonly comment: string | null },
    actor: { readonly id: string; readonly role: Role },
    check: (initiative: Initiative | null) => void,
  ): Promise<RecordedStance> {
    return this.dataSource.transaction(async (db) => {
      const found: { document: Initiative }[] = await db.query(
        'SELECT document FROM initiative WHERE round_id = $1 AND number = $2 FOR SHARE',
        [key.roundId, key.number],
      );
      check(found[0]?.document ?? null);
      const id = await appendStance(
        db,
        'initiative_stance',
        { round_id: key.roundId, number: key.number, party_group: key.partyGroup },
        change,
        actor,
      );
      const rows: StanceRow[] = await db.query(
        `SELECT ${stanceColumns} FROM initiative_stance s ${stanceJoins} WHERE s.id = $1`,
        [id],
      );
      return toStance(rows[0]!);
    });
  }

  /**
   * The round's initiatives past the draft (or the one numbered), in the order of their numbers:
   * a draft has no stances. Whether the reader may see each is the caller's to decide.
   */
  async submittedInitiatives(roundId: string, number?: string): Promise<SupportedInitiative[]> {
    const rows: {
      number: string;
      title: string;
      state: LifecycleState;
      party_groups: string[];
      by_administration: boolean;
    }[] = await this.dataSource.query(
      `SELECT number, title, state, party_groups, by_administration FROM initiative
       WHERE round_id = $1 AND state <> 'draft' AND ($2::text IS NULL OR number = $2)
       ORDER BY committee, number_minor`,
      [roundId, number ?? null],
    );
    return rows.map((row) => ({
      number: row.number,
      title: row.title,
      state: row.state,
      partyGroups: row.party_groups,
      byAdministration: row.by_administration,
    }));
  }
}

function toStance(row: StanceRow): RecordedStance {
  return { number: row.number, ...toStanceRecord(row) };
}
