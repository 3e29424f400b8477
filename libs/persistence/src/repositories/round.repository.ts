import type { Round } from '@budgetflow/domain';
import type { DataSource } from 'typeorm';
import { RoundEntity } from '../entities/round.entity';

/** Rounds. Creating one that exists returns false rather than failing, so seeding can repeat. */
export class RoundRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(round: Round): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO round (id, name, first_year, last_year) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [round.id, round.name, round.firstYear, round.lastYear],
    );
    return rows.length > 0;
  }

  async find(id: string): Promise<Round | null> {
    const row = await this.dataSource.getRepository(RoundEntity).findOneBy({ id });
    return row ? toRound(row) : null;
  }

  async list(): Promise<Round[]> {
    const rows = await this.dataSource
      .getRepository(RoundEntity)
      .find({ order: { firstYear: 'DESC' } });
    return rows.map(toRound);
  }
}

function toRound(row: RoundEntity): Round {
  return { id: row.id, name: row.name, firstYear: row.firstYear, lastYear: row.lastYear };
}
