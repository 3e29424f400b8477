import {
  emptyCalendar,
  type LifecycleState,
  type ReviewTask,
  type Round,
  type RoundCalendar,
  type RoundRecord,
  type SubmissionWindow,
  submissionWindow,
} from '@budgetflow/domain';
import type { DataSource } from 'typeorm';

export interface RoundWithCalendar {
  readonly round: Round;
  readonly calendar: RoundCalendar;
  readonly calendarVersion: number;
  readonly reviewTasks: ReviewTask[];
}

export interface InitiativeSummary {
  readonly number: string;
  readonly title: string;
  readonly state: LifecycleState;
  readonly partyGroups: readonly string[];
}

interface RoundRow {
  id: string;
  name: string;
  first_year: number;
  last_year: number;
  calendar: RoundCalendar | null;
  calendar_version: number;
}

interface ReviewTaskRow {
  round_id: string;
  number: string;
  title: string;
  party_groups: string[];
  submitted_at: Date;
  due_override: string | null;
  closed_at: Date | null;
}

/** The calendars and review tasks of the rounds: written by the round workflow, read by the API. */
export class RoundCalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(projection: RoundRecord, dueAt: (task: ReviewTask) => string): Promise<void> {
    const { round } = projection;
    await this.dataSource.transaction(async (db) => {
      const rows: unknown[] = await db.query(
        `INSERT INTO round (id, name, first_year, last_year, calendar, calendar_version,
                            late_submissions, projection_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (id) DO UPDATE SET
           calendar = EXCLUDED.calendar, calendar_version = EXCLUDED.calendar_version,
           late_submissions = EXCLUDED.late_submissions,
           projection_version = EXCLUDED.projection_version
         WHERE round.projection_version < EXCLUDED.projection_version
         RETURNING id`,
        [
          round.id,
          round.name,
          round.firstYear,
          round.lastYear,
          JSON.stringify(projection.calendar),
          projection.calendarVersion,
          JSON.stringify(projection.lateSubmissions),
          projection.version,
        ],
      );
      if (rows.length === 0) return;
      await db.query('DELETE FROM review_task WHERE round_id = $1', [round.id]);
      const tasks = projection.reviewTasks;
      if (tasks.length === 0) return;
      await db.query(
        `INSERT INTO review_task
           (round_id, number, title, party_groups, submitted_at, due_override, due_at, closed_at)
         SELECT $1, number, title, string_to_array(party_groups, E'\\x1f'), submitted_at,
                due_override, due_at, closed_at
         FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::date[],
                     $7::timestamptz[], $8::timestamptz[])
           AS t(number, title, party_groups, submitted_at, due_override, due_at, closed_at)`,
        [
          round.id,
          tasks.map((task) => task.number),
          tasks.map((task) => task.title),
          // Arrays of arrays do not travel through unnest; a unit separator cannot occur in a name.
          tasks.map((task) => task.partyGroups.join('\u001f')),
          tasks.map((task) => task.submittedAt),
          tasks.map((task) => task.dueOverride),
          tasks.map((task) => dueAt(task)),
          tasks.map((task) => task.closedAt),
        ],
      );
    });
  }

  /**
   * The deadline a submission of `number` is held to, as the round workflow last projected it;
   * undefined for an unknown round. Its Updates return only after their projection, so a
   * submission after a changed calendar or a late allowance already sees the change.
   */
  async submissionWindow(roundId: string, number: string): Promise<SubmissionWindow | undefined> {
    const rows: { calendar: RoundCalendar | null; late: boolean }[] = await this.dataSource.query(
      `SELECT calendar, late_submissions @> jsonb_build_array(jsonb_build_object('number', $2::text))
                AS late
         FROM round WHERE id = $1`,
      [roundId, number],
    );
    const row = rows[0];
    return row ? submissionWindow(row.calendar ?? emptyCalendar, row.late) : undefined;
  }

  /** The calendars of these rounds, in one query (empty for a round without one yet). */
  async calendarsOf(roundIds: readonly string[]): Promise<Map<string, RoundCalendar>> {
    const rows: { id: string; calendar: RoundCalendar | null }[] = await this.dataSource.query(
      'SELECT id, calendar FROM round WHERE id = ANY($1)',
      [[...new Set(roundIds)]],
    );
    return new Map(rows.map((row) => [row.id, row.calendar ?? emptyCalendar]));
  }

  async find(roundId: string): Promise<RoundWithCalendar | null> {
    return (await this.load([roundId]))[0] ?? null;
  }

  /** Every round with its calendar and review tasks. */
  async list(): Promise<RoundWithCalendar[]> {
    return this.load(null);
  }

  /** The drafts of a round not yet submitted, for the reminders before the deadline. */
  async drafts(roundId: string): Promise<InitiativeSummary[]> {
    return this.summaries(roundId, ['draft']);
  }

  /** Submitted initiatives not yet decided: what a meeting's agenda may still be waiting for. */
  async undecided(roundId: string): Promise<InitiativeSummary[]> {
    return this.summaries(roundId, ['submitted', 'inReview', 'costed', 'inNegotiation']);
  }

  private async summaries(
    roundId: string,
    states: readonly LifecycleState[],
  ): Promise<InitiativeSummary[]> {
    const rows: { number: string; title: string; state: LifecycleState; party_groups: string[] }[] =
      await this.dataSource.query(
        `SELECT number, title, state, party_groups FROM initiative
         WHERE round_id = $1 AND state = ANY($2) ORDER BY committee, number_minor`,
        [roundId, states],
      );
    return rows.map((row) => ({
      number: row.number,
      title: row.title,
      state: row.state,
      partyGroups: row.party_groups,
    }));
  }

  private async load(ids: string[] | null): Promise<RoundWithCalendar[]> {
    const rounds: RoundRow[] = await this.dataSource.query(
      `SELECT id, name, first_year, last_year, calendar, calendar_version FROM round
       WHERE $1::text[] IS NULL OR id = ANY($1) ORDER BY first_year DESC, id`,
      [ids],
    );
    if (rounds.length === 0) return [];
    const tasks: ReviewTaskRow[] = await this.dataSource.query(
      `SELECT round_id, number, title, party_groups, submitted_at, to_char(due_override, 'YYYY-MM-DD') AS due_override, closed_at
       FROM review_task WHERE round_id = ANY($1) ORDER BY due_at, number`,
      [rounds.map((row) => row.id)],
    );
    return rounds.map((row) => ({
      round: { id: row.id, name: row.name, firstYear: row.first_year, lastYear: row.last_year },
      calendar: row.calendar ?? emptyCalendar,
      calendarVersion: row.calendar_version,
      reviewTasks: tasks
        .filter((task) => task.round_id === row.id)
        .map((task) => ({
          number: task.number,
          title: task.title,
          partyGroups: task.party_groups,
          submittedAt: task.submitted_at.toISOString(),
          dueOverride: task.due_override,
          closedAt: task.closed_at ? task.closed_at.toISOString() : null,
        })),
    }));
  }
}
