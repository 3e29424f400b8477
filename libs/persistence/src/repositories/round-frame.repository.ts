import type { FinancingArea, Frame } from '@budgetflow/domain';
import type { DataSource } from 'typeorm';

/** The rounds' frames, per year and financing area, kept in kroner. */
export class RoundFrameRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The round's frames by year, then area; empty when none are set. */
  async find(roundId: string): Promise<Frame[]> {
    const rows: { year: number; area: FinancingArea; kroner: string }[] =
      await this.dataSource.query(
        `SELECT year, area, kroner FROM round_frame WHERE round_id = $1 ORDER BY year, area`,
        [roundId],
      );
    return rows.map((row) => ({ year: row.year, area: row.area, kroner: Number(row.kroner) }));
  }

  /**
   * Replaces the round's frames with these, all or nothing; false for an unknown round. The
   * round's row is locked first, so that two replacements of one round come one after the other.
   */
  async replace(roundId: string, frames: readonly Frame[], actorId: string): Promise<boolean> {
    return this.dataSource.transaction(async (db) => {
      const rounds: unknown[] = await db.query(
        'SELECT id FROM round WHERE id = $1 FOR NO KEY UPDATE',
        [roundId],
      );
      if (rounds.length === 0) return false;
      await db.query('DELETE FROM round_frame WHERE round_id = $1', [roundId]);
      if (frames.length > 0) {
        await db.query(
          `INSERT INTO round_frame (round_id, year, area, kroner, set_by)
           SELECT $1, t.year, t.area, t.kroner, $5
           FROM unnest($2::integer[], $3::text[], $4::bigint[]) AS t(year, area, kroner)`,
          [
            roundId,
            frames.map((frame) => frame.year),
            frames.map((frame) => frame.area),
            frames.map((frame) => String(frame.kroner)),
            actorId,
          ],
        );
      }
      return true;
    });
  }
}
