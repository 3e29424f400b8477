import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The list's order (round, committee, number) as an index: a page is read without a sort. */
export class InitiativeListOrder1764576100000 implements MigrationInterface {
  name = 'InitiativeListOrder1764576100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX initiative_list_order_idx ON initiative (round_id, committee, number_minor)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX initiative_list_order_idx');
  }
}
