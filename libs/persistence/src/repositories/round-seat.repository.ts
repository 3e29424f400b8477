import type { SeatCount } from '@budgetflow/domain';
import type { DataSource } from 'typeorm';

/** A party group's seats in a round, with the letters it goes by. */
export interface RoundSeat extends SeatCount {
  readonly shortName: string;
}

/** The council's seats per round and party group. */
export class RoundSeatRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The round's seats, the largest party group first; empty when none are set. */
  async find(roundId: string): Promise<RoundSeat[]> {
    const rows: { party_group: string; short_name: string; seats: number }[] =
      await this.dataSource.query(
        `SELECT s.party_group, g.short_name, s.seats
         FROM round_seat s JOIN party_group g ON g.name = s.party_group
         WHERE s.round_id = $1
         ORDER BY s.seats DESC, s.party_group`,
        [roundId],
      );
    return rows.map((row) => ({
      partyGroup: row.party_group,
      shortName: row.short_name,
      seats: row.seats,
    }));
  }

  /**
   * Replaces the round's seats with these, all or nothing; false for an unknown round. The
   * round's row is locked first, so that two replacements of one round come one after the other.
   */
  async replace(roundId: string, seats: readonly SeatCount[], actorId: string): Promise<boolean> {
    return this.dataSource.transaction(async (db) => {
      const rounds: unknown[] = await db.query(
        'SELECT id FROM round WHERE id = $1 FOR NO KEY UPDATE',
        [roundId],
      );
      if (rounds.length === 0) return false;
      await db.query('DELETE FROM round_seat WHERE round_id = $1', [roundId]);
      if (seats.length > 0) {
        await db.query(
          `INSERT INTO round_seat (round_id, party_group, seats, set_by)
           SELECT $1, t.party_group, t.seats, $4
           FROM unnest($2::text[], $3::integer[]) AS t(party_group, seats)`,
          [roundId, seats.map((seat) => seat.partyGroup), seats.map((seat) => seat.seats), actorId],
        );
      }
      return true;
    });
  }
}
