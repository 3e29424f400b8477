import type { DataSource } from 'typeorm';

/**
 * Links an account to its login at the OpenID Connect provider, once. (AccountRepository's
 * linkExternalSubject overwrites; an account linked to one login must not silently move to
 * another that merely claims the same e-mail address.)
 */
export class OidcLinkRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Links the account unless it is linked already; false when it is (to any login). */
  async linkIfUnlinked(accountId: string, externalSubject: string): Promise<boolean> {
    const rows: unknown[][] = await this.dataSource.query(
      `UPDATE app_user SET external_subject = $2, updated_at = now()
       WHERE id = $1 AND external_subject IS NULL RETURNING id`,
      [accountId, externalSubject],
    );
    return (rows[0]?.length ?? 0) > 0;
  }
}
