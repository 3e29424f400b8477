import { type Publication, publishedAsRecorded } from '@budgetflow/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** One release of a round: the moment its held-back work reached every party group. */
export interface Release {
  readonly at: string;
  readonly by: string;
}

export interface RoundPublication extends Publication {
  readonly releases: readonly Release[];
}

/** How each round publishes the administration's work, and its releases. */
export class RoundPublicationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The round's publication; a round that never chose publishes as it goes. */
  async find(roundId: string): Promise<Publication> {
    return (await this.findMany([roundId])).get(roundId) ?? publishedAsRecorded;
  }

  /** The publications of several rounds in one read (a list may span rounds). */
  async findMany(roundIds: readonly string[]): Promise<Map<string, Publication>> {
    const rows: { round_id: string; hold_back: boolean; released_until: Date | null }[] =
      await this.dataSource.query(
        `SELECT round_id, hold_back, released_until FROM round_publication
         WHERE round_id = ANY($1)`,
        [[...new Set(roundIds)]],
      );
    const found = new Map(
      rows.map((row) => [
        row.round_id,
        { holdBack: row.hold_back, releasedUntil: row.released_until?.toISOString() ?? null },
      ]),
    );
    return new Map(roundIds.map((id) => [id, found.get(id) ?? publishedAsRecorded]));
  }

  /** The publication with every release, newest first; null for an unknown round. */
  async describe(roundId: string): Promise<RoundPublication | null> {
    const rounds: unknown[] = await this.dataSource.query('SELECT 1 FROM round WHERE id = $1', [
      roundId,
    ]);
    if (rounds.length === 0) return null;
    const releases: { released_at: Date; released_by: string }[] = await this.dataSource.query(
      `SELECT released_at, released_by FROM round_release WHERE round_id = $1
       ORDER BY released_at DESC`,
      [roundId],
    );
    return {
      ...(await this.find(roundId)),
      releases: releases.map((row) => ({
        at: row.released_at.toISOString(),
        by: row.released_by,
      })),
    };
  }

  /**
   * Whether the round holds back its administration's work from now on. Turning it off publishes
   * everything at once (nothing is held back any more), so it needs no release of its own.
   */
  async setHoldBack(roundId: string, holdBack: boolean, actorId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO round_publication (round_id, hold_back, changed_by)
       SELECT id, $2, $3 FROM round WHERE id = $1
       ON CONFLICT (round_id) DO UPDATE SET
         hold_back = EXCLUDED.hold_back, changed_by = EXCLUDED.changed_by, changed_at = now()
       RETURNING round_id`,
      [roundId, holdBack, actorId],
    );
    return rows.length > 0;
  }

  /**
   * Releases everything the round's administration has recorded until now to every party group
   * at once, and keeps the release; null for an unknown round. The instant is the database's, the
   * one clock every replica shares. `alongWith` writes in the same transaction (the release's
   * notifications), so they exist exactly when the release does.
   */
  async release(
    roundId: string,
    actorId: string,
    alongWith: (db: EntityManager, release: Release) => Promise<void> = async () => undefined,
  ): Promise<Release | null> {
    return this.dataSource.transaction(async (db) => {
      const rounds: unknown[] = await db.query(
        'SELECT id FROM round WHERE id = $1 FOR NO KEY UPDATE',
        [roundId],
      );
      if (rounds.length === 0) return null;
      const [row]: { released_at: Date }[] = await db.query(
        `INSERT INTO round_release (round_id, released_at, released_by)
         VALUES ($1, date_trunc('milliseconds', clock_timestamp()), $2) RETURNING released_at`,
        [roundId, actorId],
      );
      await db.query(
        `INSERT INTO round_publication (round_id, hold_back, released_until, changed_by)
         VALUES ($1, true, $2, $3)
         ON CONFLICT (round_id) DO UPDATE SET released_until = EXCLUDED.released_until`,
        [roundId, row!.released_at, actorId],
      );
      const release = { at: row!.released_at.toISOString(), by: actorId };
      await alongWith(db, release);
      return release;
    });
  }
}
