import { AccountRepository, PartyGroupRepository, UserDirectory } from '@budgetflow/persistence';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService } from '../../src/auth/auth.service';
import { tokenHash } from '../../src/auth/session-token';
import type { TestActor } from './actors';

/** What a signed-in script holds: its bearer token, and the CSRF token of the session. */
export interface TestSession {
  readonly token: string;
  readonly csrfToken: string;
}

export interface TestSessions {
  /** Puts the actor in the directory (and their party groups in the table) unless already there. */
  register(actor: TestActor): Promise<void>;
  /**
   * The actor's session in this app: opened on first use, the same one afterwards while it lasts.
   * An actor is a person, not one session: once a test has ended it (signed out, reset the
   * password, let it expire), the person signs in again. To send an ended session, keep its token.
   */
  sessionOf(actor: TestActor): Promise<TestSession>;
}

/**
 * Real sessions for the actors of a test, opened by the app's own AuthService as a sign-in opens
 * them; only the password check is skipped, which the auth tests cover.
 */
export function testSessions(app: INestApplication): TestSessions {
  const dataSource = app.get(DataSource);
  const auth = app.get(AuthService);
  const accounts = new AccountRepository(dataSource);
  const directory = new UserDirectory(dataSource);
  const partyGroups = new PartyGroupRepository(dataSource);
  const opened = new Map<string, Promise<TestSession>>();

  async function register(actor: TestActor): Promise<void> {
    for (const name of await partyGroups.unknown(actor.partyGroups)) {
      await partyGroups.upsert({ name, shortName: initials(name) });
    }
    const existing = await accounts.findById(actor.id);
    if (!existing) {
      await directory.upsert({
        id: actor.id,
        name: actor.id,
        email: `${actor.id}@region.example`,
        role: actor.role,
        partyGroups: actor.partyGroups,
      });
      return;
    }
    // The session acts as the directory says: a test that means someone else must say so.
    if (
      existing.role !== actor.role ||
      [...existing.partyGroups].sort().join('\n') !== [...actor.partyGroups].sort().join('\n')
    ) {
      throw new Error(
        `${actor.id} is in the directory as ${existing.role} (${existing.partyGroups.join(', ')}), ` +
          `not as ${actor.role} (${actor.partyGroups.join(', ')})`,
      );
    }
  }

  async function isLive(session: TestSession): Promise<boolean> {
    const rows: unknown[] = await dataSource.query(
      'SELECT 1 FROM session WHERE token_hash = $1 AND expires_at > now()',
      [tokenHash(session.token)],
    );
    return rows.length > 0;
  }

  async function open(actor: TestActor): Promise<TestSession> {
    await register(actor);
    const account = await accounts.findById(actor.id);
    if (!account) throw new Error(`${actor.id} is not in the directory`);
    const { token, csrfToken } = await auth.open(account, 'token');
    return { token, csrfToken };
  }

  return {
    register,
    async sessionOf(actor) {
      const cached = opened.get(actor.id);
      if (cached && (await isLive(await cached))) return cached;
      const session = open(actor);
      opened.set(actor.id, session);
      return session;
    },
  };
}

/** A short name for a party group made up by a test: the first letter of each word. */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}
