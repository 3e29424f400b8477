import type { DataSource } from 'typeorm';

/** The initiatives one agenda item of the minutes is linked to, by number. */
export interface MinutesLink {
  readonly item: number;
  readonly numbers: readonly string[];
}

/** Minutes as attached to a meeting; `document` is the minutes as the reader read them. */
export interface MeetingMinutesRecord<D> {
  readonly id: number;
  readonly roundId: string;
  readonly milestoneId: string;
  readonly fileHash: string;
  readonly fileName: string;
  readonly document: D;
  readonly warnings: readonly { readonly field: string; readonly message: string }[];
  readonly links: readonly MinutesLink[];
  readonly attachedBy: string;
  readonly attachedAt: string;
  /** Who last corrected the links by hand, and when; null while they are as read. */
  readonly linksCorrected: { readonly by: string; readonly at: string } | null;
}

export type NewMeetingMinutes<D> = Omit<MeetingMinutesRecord<D>, 'id' | 'linksCorrected'>;

interface MinutesRow {
  id: number;
  round_id: string;
  milestone_id: string;
  file_hash: string;
  file_name: string;
  document: unknown;
  warnings: MeetingMinutesRecord<unknown>['warnings'];
  links: MinutesLink[];
  attached_by: string;
  attached_at: Date;
  links_corrected_by: string | null;
  links_corrected_at: Date | null;
}

/** Meetings' minutes: attached by the API, one row per round, meeting and file. */
export class MeetingMinutesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Attaches the minutes unless the same file is attached to the meeting already: then the
   * earlier attachment is answered, unchanged (`attached: false`).
   */
  async attach<D>(
    minutes: NewMeetingMinutes<D>,
  ): Promise<{ record: MeetingMinutesRecord<D>; attached: boolean }> {
    const inserted: MinutesRow[] = await this.dataSource.query(
      `INSERT INTO meeting_minutes
         (round_id, milestone_id, file_hash, file_name, document, warnings, links, attached_by,
          attached_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8, $9)
       ON CONFLICT (round_id, milestone_id, file_hash) DO NOTHING
       RETURNING *`,
      [
        minutes.roundId,
        minutes.milestoneId,
        minutes.fileHash,
        minutes.fileName,
        JSON.stringify(minutes.document),
        JSON.stringify(minutes.warnings),
        JSON.stringify(minutes.links),
        minutes.attachedBy,
        minutes.attachedAt,
      ],
    );
    if (inserted[0]) return { record: recordOf<D>(inserted[0]), attached: true };
    const existing: MinutesRow[] = await this.dataSource.query(
      `SELECT * FROM meeting_minutes
       WHERE round_id = $1 AND milestone_id = $2 AND file_hash = $3`,
      [minutes.roundId, minutes.milestoneId, minutes.fileHash],
    );
    return { record: recordOf<D>(existing[0]!), attached: false };
  }

  /** The meeting's minutes, the latest attached first. */
  async list<D>(roundId: string, milestoneId: string): Promise<MeetingMinutesRecord<D>[]> {
    const rows: MinutesRow[] = await this.dataSource.query(
      `SELECT * FROM meeting_minutes WHERE round_id = $1 AND milestone_id = $2
       ORDER BY attached_at DESC, id DESC`,
      [roundId, milestoneId],
    );
    return rows.map((row) => recordOf<D>(row));
  }

  async find<D>(
    roundId: string,
    milestoneId: string,
    id: number,
  ): Promise<MeetingMinutesRecord<D> | null> {
    const rows: MinutesRow[] = await this.dataSource.query(
      'SELECT * FROM meeting_minutes WHERE round_id = $1 AND milestone_id = $2 AND id = $3',
      [roundId, milestoneId, id],
    );
    return rows[0] ? recordOf<D>(rows[0]) : null;
  }

  /**
   * Replaces the links of the minutes. Links the same as those kept change nothing, not even who
   * corrected them last: a repeated correction is no new one.
   */
  async correctLinks<D>(
    id: number,
    links: readonly MinutesLink[],
    by: string,
    at: string,
  ): Promise<MeetingMinutesRecord<D> | null> {
    const rows: MinutesRow[] = await this.dataSource.query(
      // As a SELECT, whose rows TypeORM answers as they are (an UPDATE's come with a count).
      `WITH corrected AS (
         UPDATE meeting_minutes
         SET links = $2::jsonb, links_corrected_by = $3, links_corrected_at = $4
         WHERE id = $1 AND links IS DISTINCT FROM $2::jsonb
         RETURNING *)
       SELECT * FROM corrected`,
      [id, JSON.stringify(links), by, at],
    );
    if (rows[0]) return recordOf<D>(rows[0]);
    const kept: MinutesRow[] = await this.dataSource.query(
      'SELECT * FROM meeting_minutes WHERE id = $1',
      [id],
    );
    return kept[0] ? recordOf<D>(kept[0]) : null;
  }
}

function recordOf<D>(row: MinutesRow): MeetingMinutesRecord<D> {
  return {
    id: row.id,
    roundId: row.round_id,
    milestoneId: row.milestone_id,
    fileHash: row.file_hash,
    fileName: row.file_name,
    document: row.document as D,
    warnings: row.warnings,
    links: row.links,
    attachedBy: row.attached_by,
    attachedAt: row.attached_at.toISOString(),
    linksCorrected:
      row.links_corrected_by && row.links_corrected_at
        ? { by: row.links_corrected_by, at: row.links_corrected_at.toISOString() }
        : null,
  };
}
