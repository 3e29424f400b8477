import type { Actor } from '@budgetflow/domain';
import {
  type Account,
  AccountAuditRepository,
  AccountRepository,
  actorOf,
  SessionRepository,
  type StoredSession,
} from '@budgetflow/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { conflict, invalidFields, ProblemException } from '../http/problem';
import { hashPassword, verifyNothing, verifyPassword } from './passwords';
import { newToken, tokenHash } from './session-token';

export interface SignedIn {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
  readonly account: Account;
}

export interface LiveSession {
  readonly session: StoredSession;
  readonly actor: Actor;
  readonly account: Account;
}

const wrongCredentials = () =>
  new ProblemException({
    status: 401,
    title: 'Ikke logget ind',
    detail: 'Forkert brugernavn eller adgangskode',
    code: 'wrongCredentials',
  });

const wrongCurrentPassword = () => {
  const error = { field: 'currentPassword', message: 'Den nuværende adgangskode er forkert' };
  return invalidFields([error], 'wrongCurrentPassword');
};

/**
 * Sign-in, sessions and sign-out, and a person's change of their own password: the only place a
 * session is made or ended by the person.
 */
@Injectable()
export class AuthService {
  private readonly accounts: AccountRepository;
  private readonly sessions: SessionRepository;
  private readonly audit: AccountAuditRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {
    this.accounts = new AccountRepository(dataSource);
    this.sessions = new SessionRepository(dataSource);
    this.audit = new AccountAuditRepository(dataSource);
  }

  /**
   * Checks a password and opens a session. The answer to a wrong password and to an unknown
   * account is the same; repeated failures lock the account for a while.
   */
  async signIn(login: string, password: string, via: 'password' | 'token'): Promise<SignedIn> {
    const account = await this.accounts.findByLogin(login);
    if (!account || !account.active || !account.passwordHash) {
      await verifyNothing(password);
      await this.audit.record({
        actorId: null,
        action: 'signInFailed',
        targetId: account?.id ?? null,
        detail: { login },
      });
      throw wrongCredentials();
    }
    if (account.lockedUntil && account.lockedUntil > new Date()) {
      throw this.locked(account.lockedUntil);
    }
    if (!(await verifyPassword(account.passwordHash, password))) {
      throw (await this.countWrongPassword(account.id, null, 'signInFailed')) ?? wrongCredentials();
    }
    await this.accounts.recordSignIn(account.id);
    const opened = await this.open(account, via);
    await this.audit.record({
      actorId: account.id,
      action: 'signedIn',
      targetId: account.id,
      detail: { via },
    });
    return opened;
  }

  /** Opens a session for an account already proven (by a password, or by the OIDC provider). */
  async open(account: Account, via: StoredSession['via']): Promise<SignedIn> {
    const token = newToken();
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_IDLE_MINUTES * 60_000);
    await this.sessions.create({
      tokenHash: tokenHash(token),
      userId: account.id,
      csrfToken,
      via,
      expiresAt,
    });
    return { token, csrfToken, expiresAt, account };
  }

  /** The live session of a token, its idle expiry moved on; null when there is none. */
  async sessionOf(token: string): Promise<LiveSession | null> {
    const found = await this.sessions.findLive(
      tokenHash(token),
      this.config.SESSION_IDLE_MINUTES * 60_000,
      this.config.SESSION_ABSOLUTE_HOURS * 3_600_000,
    );
    return found ? { ...found, actor: actorOf(found.account) } : null;
  }

  async signOut(session: StoredSession): Promise<void> {
    await this.sessions.delete(session.tokenHash);
    await this.audit.record({
      actorId: session.userId,
      action: 'signedOut',
      targetId: session.userId,
      detail: null,
    });
  }

  /** Whether the person signs in with a password of Budgetflow's, and so may change it here. */
  hasOwnPassword(account: Account): boolean {
    return this.config.AUTH_MODE === 'local' && account.passwordHash !== null;
  }

  /**
   * A person's change of their own password, proven by the current one. A wrong current password
   * counts toward the lock-out as a wrong sign-in does, so that a session left open (or stolen)
   * does not allow guessing it; while the account is locked nothing changes. The session the
   * change is sent on stays signed in, every other session of the person ends.
   */
  async changeOwnPassword(
    live: LiveSession,
    currentPassword: string,
    newPassword: string,
  ): Promise<{ otherSessionsEnded: number }> {
    const { account } = live;
    if (this.config.AUTH_MODE !== 'local') {
      throw conflict(
        'Adgangskoden hører til organisationens login (OpenID Connect) og skiftes dér',
        'passwordsOff',
      );
    }
    if (!account.passwordHash) {
      throw conflict(
        'Din konto har ingen adgangskode i Budgetflow; du logger ind gennem organisationens login',
        'noPassword',
      );
    }
    if (account.lockedUntil && account.lockedUntil > new Date()) {
      throw this.locked(account.lockedUntil);
    }
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      throw (
        (await this.countWrongPassword(account.id, account.id, 'passwordChangeFailed')) ??
        wrongCurrentPassword()
      );
    }
    const changed = await this.accounts.changeOwnPassword(
      account.id,
      account.passwordHash,
      await hashPassword(newPassword),
      live.session.tokenHash,
    );
    if (changed.outcome === 'changedMeanwhile') {
      throw conflict(
        'Adgangskoden er netop blevet skiftet på anden vis; log ind igen og prøv på ny',
        'passwordChangedMeanwhile',
      );
    }
    return { otherSessionsEnded: changed.otherSessionsEnded };
  }

  /**
   * Counts a wrong password toward the lock-out, audited; the refusal of the lock when this one
   * set it, else null.
   */
  private async countWrongPassword(
    accountId: string,
    actorId: string | null,
    action: 'signInFailed' | 'passwordChangeFailed',
  ): Promise<ProblemException | null> {
    const { lockedUntil } = await this.accounts.recordFailedSignIn(
      accountId,
      this.config.SIGN_IN_LOCK_AFTER,
      this.config.SIGN_IN_LOCK_MINUTES * 60_000,
    );
    const nowLocked = lockedUntil !== null && lockedUntil > new Date();
    await this.audit.record({
      actorId,
      action: nowLocked ? 'lockedOut' : action,
      targetId: accountId,
      detail: null,
    });
    return nowLocked ? this.locked(lockedUntil) : null;
  }

  private locked(until: Date): ProblemException {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    return new ProblemException({
      status: 429,
      title: 'For mange forsøg',
      detail: `Kontoen er låst efter for mange forkerte adgangskoder; prøv igen om ${minutes} minutter`,
      code: 'lockedOut',
    });
  }
}
