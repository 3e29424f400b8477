import type { Initiative, LifecycleState, Role, Stance } from '@budgetflow/domain';
import type { DataSource } from 'typeorm';

/** A party group's stance on an initiative as recorded: who recorded it, and when. */
export interface RecordedStance {
  readonly number: string;
  readonly partyGroup: string;
  readonly shortName: string;
  readonly stance: Stance;
  readonly comment: string | null;
  /** The person who recorded it (a member of the group, or a coordinator); name null if unknown. */
  readonly setBy: { readonly id: string; readonly role: Role; readonly name: string | null };
  readonly setAt: string;
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

interface StanceRow {
  number: string;
  party_group: string;
  short_name: string;
  stance: Stance;
  comment: string | null;
  set_by: string;
  set_by_role: Role;
  set_by_name: string | null;
  set_at: Date;
}

const stanceColumns = `s.number, s.party_group, g.short_name, s.stance, s.comment, s.set_by,
  s.set_by_role, u.name AS set_by_name, s.set_at`;
const stanceJoins = `JOIN party_group g ON g.name = s.party_group
  LEFT JOIN app_user u ON u.id = s.set_by`;

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
      // One writer at a time per initiative and party group, so "unchanged" is decided right.
      await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `initiative_stance/${key.roundId}/${key.number}/${key.partyGroup}`,
      ]);
      const latest: { id: string; stance: Stance; comment: string | null }[] = await db.query(
        `SELECT id, stance, comment FROM initiative_stance
         WHERE round_id = $1 AND number = $2 AND party_group = $3
         ORDER BY id DESC LIMIT 1`,
        [key.roundId, key.number, key.partyGroup],
      );
      let id = latest[0]?.id;
      if (latest[0]?.stance !== change.stance || latest[0]?.comment !== change.comment) {
        const inserted: { id: string }[] = await db.query(
          `INSERT INTO initiative_stance
             (round_id, number, party_group, stance, comment, set_by, set_by_role)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            key.roundId,
            key.number,
            key.partyGroup,
            change.stance,
            change.comment,
            actor.id,
            actor.role,
          ],
        );
        id = inserted[0]!.id;
      }
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
  return {
    number: row.number,
    partyGroup: row.party_group,
    shortName: row.short_name,
    stance: row.stance,
    comment: row.comment,
    setBy: { id: row.set_by, role: row.set_by_role, name: row.set_by_name },
    setAt: row.set_at.toISOString(),
  };
}
