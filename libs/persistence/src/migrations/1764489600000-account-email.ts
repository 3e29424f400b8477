import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One account per e-mail address (ignoring case): people sign in with it, and the OpenID Connect
 * sign-in finds the local account by it, so two accounts sharing one would be ambiguous.
 */
export class AccountEmail1764489600000 implements MigrationInterface {
  name = 'AccountEmail1764489600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX app_user_email_key');
  }
}
