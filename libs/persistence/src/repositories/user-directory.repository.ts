import { type Audience, isInAudience, type Role } from '@budgetflow/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** A person in the directory, as the notifications need them. */
export interface DirectoryUser {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly role: Role;
  readonly partyGroups: readonly string[];
}

export interface StoredUser extends DirectoryUser {
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface UserRow {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  party_groups: string[];
  created_at: Date;
  updated_at: Date;
}

/** The directory of people who get notifications (the id is the actor id). */
export class UserDirectory {
  constructor(private readonly dataSource: DataSource) {}

  /** Registers a person or updates them; `created` tells which. */
  async upsert(user: DirectoryUser): Promise<{ user: StoredUser; created: boolean }> {
    const rows: (UserRow & { created: boolean })[] = await this.dataSource.query(
      `INSERT INTO app_user (id, name, email, role, party_groups)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET
         name = EXCLUDED.name, email = EXCLUDED.email, role = EXCLUDED.role,
         party_groups = EXCLUDED.party_groups, updated_at = now()
       RETURNING *, (xmax = 0) AS created`,
      [user.id, user.name, user.email, user.role, user.partyGroups],
    );
    const row = rows[0]!;
    return { user: toStoredUser(row), created: row.created };
  }

  async find(id: string): Promise<StoredUser | null> {
    const rows: UserRow[] = await this.dataSource.query('SELECT * FROM app_user WHERE id = $1', [
      id,
    ]);
    return rows[0] ? toStoredUser(rows[0]) : null;
  }

  async list(): Promise<StoredUser[]> {
    const rows: UserRow[] = await this.dataSource.query('SELECT * FROM app_user ORDER BY name, id');
    return rows.map(toStoredUser);
  }

  /**
   * Who in the directory is in the audience, read in the caller's transaction. The query only
   * narrows the candidates; the domain's rule decides, so the rule stays written once.
   */
  async recipientsFor(db: EntityManager, audience: Audience): Promise<StoredUser[]> {
    const rows: UserRow[] = await db.query(
      `SELECT * FROM app_user
       WHERE NOT (id = ANY($1::text[])) AND (role = ANY($2::text[]) OR party_groups && $3::text[])
       ORDER BY id`,
      [audience.except, audience.roles, audience.partyGroups],
    );
    return rows.map(toStoredUser).filter((user) => isInAudience(audience, user));
  }
}

function toStoredUser(row: UserRow): StoredUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    partyGroups: row.party_groups,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
