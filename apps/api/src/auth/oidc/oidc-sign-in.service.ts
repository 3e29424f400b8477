import { type Account, AccountAuditRepository, AccountRepository } from '@budgetflow/persistence';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService, type SignedIn } from '../auth.service';
import { OidcFailure, type OidcFailureReason, oidcProblem } from './oidc-failure';
import { externalSubjectOf, matchAccount, type ProvenLogin } from './oidc-mapping';
import { OidcRelyingParty } from './oidc-relying-party';

/** What the provider sent the browser back with (the callback's query). */
export interface OidcCallback {
  readonly code?: string | undefined;
  readonly state?: string | undefined;
  readonly iss?: string | undefined;
  readonly error?: string | undefined;
}

/**
 * Finishes an OpenID Connect sign-in: the provider proves who the person is, the directory says
 * who they are in Budgetflow (role and party groups are never taken from the token), and a
 * session is opened like any other.
 */
@Injectable()
export class OidcSignIn {
  private readonly logger = new Logger(OidcSignIn.name);
  private readonly accounts: AccountRepository;
  private readonly audit: AccountAuditRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(OidcRelyingParty) private readonly relyingParty: OidcRelyingParty,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {
    this.accounts = new AccountRepository(dataSource);
    this.audit = new AccountAuditRepository(dataSource);
  }

  /** Starts a sign-in: where to send the browser, and the sealed transaction for its cookie. */
  start(): Promise<{ url: string; sealedTransaction: string }> {
    return this.atProvider(() => this.relyingParty.begin());
  }

  async complete(callback: OidcCallback, sealedTransaction: string | undefined): Promise<SignedIn> {
    const transaction = await this.relyingParty.openTransaction(sealedTransaction);
    if (!transaction || callback.state !== transaction.state) throw oidcProblem('expired');
    if (callback.error || !callback.code) {
      this.logger.warn(`OIDC sign-in ended at the provider: ${callback.error ?? 'no code'}`);
      throw oidcProblem('denied');
    }
    const { code, iss } = callback;
    const login = await this.atProvider(() => this.relyingParty.finish({ code, iss }, transaction));
    const { account, linked } = await this.accountOf(login);
    const signedIn = await this.auth.open(account, 'oidc');
    await this.audit.record({
      actorId: account.id,
      action: 'signedIn',
      targetId: account.id,
      detail: linked ? { via: 'oidc', linked: true } : { via: 'oidc' },
    });
    return signedIn;
  }

  /** Talks to the provider; its failures become the person's answer and the operator's log. */
  private async atProvider<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof OidcFailure)) throw error;
      this.logger.warn(error.message);
      // Someone came back from the provider, but not as we asked: worth an audit entry. (That
      // the provider is unreachable or misconfigured is the log's.)
      if (error.reason === 'invalidResponse') {
        await this.failed(error.reason, null, { why: error.why });
      }
      throw oidcProblem(error.reason);
    }
  }

  /** The directory's person for a proven login, linked to it on the first sign-in. */
  private async accountOf(login: ProvenLogin): Promise<{ account: Account; linked: boolean }> {
    const subject = externalSubjectOf(login);
    const linked = await this.accounts.findByExternalSubject(subject);
    const byUserClaim =
      linked || !login.userClaim ? null : await this.accounts.findByLogin(login.userClaim);
    const match = matchAccount(login.userClaim, { linked, byUserClaim });
    const seen = { subject, userClaim: login.userClaim };
    if (match.kind === 'refused') {
      await this.failed(match.reason, match.account, seen);
      throw oidcProblem(match.reason);
    }
    if (
      match.link &&
      !(await this.accounts.linkExternalSubjectIfUnlinked(match.account.id, subject))
    ) {
      // Linked meanwhile by a sign-in of the same login is fine; to another login it is not.
      const nowLinked = await this.accounts.findByExternalSubject(subject);
      if (nowLinked?.id !== match.account.id) {
        await this.failed('linkedElsewhere', match.account, seen);
        throw oidcProblem('linkedElsewhere');
      }
    }
    return { account: match.account, linked: match.link };
  }

  private failed(
    reason: OidcFailureReason,
    account: Account | null,
    seen: Readonly<Record<string, unknown>>,
  ): Promise<void> {
    return this.audit.record({
      actorId: null,
      action: 'signInFailed',
      targetId: account?.id ?? null,
      detail: { via: 'oidc', reason, ...seen },
    });
  }
}
