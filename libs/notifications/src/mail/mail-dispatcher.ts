import { createHash } from 'node:crypto';
import { type ClaimedEmail, EmailOutboxRepository } from '@budgetflow/persistence';
import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { type ComposedEmail, composeDigest, composeEmail } from '../render/compose-email';
import { defaultRetryPolicy, type RetryPolicy, retryDelayMs } from '../schedule';
import { smtpFailure, type SmtpFailure } from './smtp-failure';

/** Where e-mail goes: an SMTP server, with credentials when it wants them. */
export interface SmtpSettings {
  readonly host: string;
  /** nodemailer's default when absent: 465 when secure, else 587. */
  readonly port?: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  readonly secure?: boolean;
  readonly user?: string;
  readonly password?: string;
}

/** Nest's Logger fits; the default says nothing. */
export interface DispatcherLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface MailDispatcherOptions {
  readonly smtp: SmtpSettings;
  /** The sender, e.g. "Budgetflow <budgetflow@localhost>". */
  readonly from: string;
  /** For the link to the e-mail preferences in every e-mail. */
  readonly publicUrl: string;
  readonly retry?: Partial<RetryPolicy>;
  /** How often the polling loop looks for due e-mails. */
  readonly intervalMs?: number;
  /** How long a claimed e-mail is held before another dispatcher may take it over. */
  readonly leaseMs?: number;
  /** At most this many e-mails in one pass. */
  readonly maxPerPass?: number;
  /** SMTP connection, greeting and socket timeouts. */
  readonly timeoutMs?: number;
  readonly clock?: () => Date;
  readonly logger?: DispatcherLogger;
}

export interface DispatchResult {
  readonly sent: number;
  readonly retrying: number;
  readonly failed: number;
  /** E-mails whose lease had lapsed, back in the queue (or failed when out of attempts). */
  readonly released: number;
}

const silent: DispatcherLogger = {
  log: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/**
 * Sends the e-mail outbox. Each e-mail (or each person's morning digest) is claimed with a lease
 * in a short transaction of its own, sent, and then marked sent; a failure is retried with
 * back-off, a refusal (5xx) or the last attempt fails it for a coordinator to see. A dispatcher
 * that dies mid-send lets the lease lapse and the e-mail goes out again, with the same Message-ID
 * so mail clients can tell it is the same e-mail.
 */
export class MailDispatcher {
  private readonly outbox: EmailOutboxRepository;
  private readonly transport: Transporter;
  private readonly retry: RetryPolicy;
  private readonly clock: () => Date;
  private readonly logger: DispatcherLogger;
  private readonly messageIdDomain: string;
  private running = false;
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;

  constructor(
    dataSource: DataSource,
    private readonly options: MailDispatcherOptions,
  ) {
    this.outbox = new EmailOutboxRepository(dataSource);
    this.retry = { ...defaultRetryPolicy, ...options.retry };
    this.clock = options.clock ?? (() => new Date());
    this.logger = options.logger ?? silent;
    this.messageIdDomain = /@([^\s>]+)>?\s*$/.exec(options.from)?.[1] ?? 'budgetflow';
    const timeout = options.timeoutMs ?? 30_000;
    const { smtp } = options;
    this.transport = nodemailer.createTransport({
      host: smtp.host,
      ...(smtp.port !== undefined ? { port: smtp.port } : {}),
      secure: smtp.secure ?? false,
      ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  /**
   * Sends what is due, one e-mail at a time, until nothing is due, the pass is full, the
   * dispatcher is stopping, or the SMTP server cannot be reached (the rest would only use up
   * attempts). `at` fixes the time of the whole pass (tests); otherwise each step reads the clock.
   */
  async dispatchOnce(at?: Date): Promise<DispatchResult> {
    const now = () => at ?? this.clock();
    const released = await this.outbox.releaseExpiredLeases(
      now(),
      this.retry.maxAttempts,
      'Afsendelsen blev afbrudt, før den var bekræftet',
    );
    const result = { sent: 0, retrying: 0, failed: 0, released };
    const maxPerPass = this.options.maxPerPass ?? 100;
    for (let handled = 0; handled < maxPerPass && !this.stopping; handled++) {
      const claimed = await this.claimNext(now());
      if (claimed.length === 0) break;
      const outcome = await this.deliver(claimed, now);
      result[outcome.status] += claimed.length;
      if (outcome.unreachable) break;
    }
    return result;
  }

  /** Polls for due e-mail every `intervalMs` until stopped. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const interval = this.options.intervalMs ?? 5_000;
    const tick = async (): Promise<void> => {
      try {
        await this.dispatchOnce();
      } catch (error) {
        this.logger.error(`E-mailudsendelsen fejlede: ${String(error)}`);
      }
      if (!this.running) return;
      this.timer = setTimeout(() => {
        this.pass = tick();
      }, interval);
      this.timer.unref();
    };
    this.pass = tick();
  }

  /** Stops polling, waits for the pass under way, and closes the SMTP transport. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    clearTimeout(this.timer);
    await this.pass;
    this.transport.close();
  }

  /** One e-mail that goes out at once, else one person's due digest entries. */
  private async claimNext(now: Date): Promise<ClaimedEmail[]> {
    const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 5 * 60_000));
    const single = await this.outbox.claimImmediate(now, leaseUntil, 1);
    return single.length > 0 ? single : this.outbox.claimDigests(now, leaseUntil, 1);
  }

  private async deliver(
    claimed: readonly ClaimedEmail[],
    now: () => Date,
  ): Promise<{ status: keyof Omit<DispatchResult, 'released'>; unreachable: boolean }> {
    const first = claimed[0]!;
    if (!first.recipientEmail) {
      await this.outbox.markFailed(claimed, 'Modtageren har ingen e-mailadresse i brugerkataloget');
      return { status: 'failed', unreachable: false };
    }
    const email = this.compose(claimed);
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: { name: first.recipientName, address: first.recipientEmail },
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: this.messageId(claimed),
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      const failure = smtpFailure(error);
      const status = await this.recordFailure(claimed, failure, now());
      return { status, unreachable: failure.unreachable };
    }
    await this.outbox.markSent(claimed, now());
    this.logger.log(`E-mail sendt til ${first.recipientEmail}: ${email.subject}`);
    return { status: 'sent', unreachable: false };
  }

  private compose(claimed: readonly ClaimedEmail[]): ComposedEmail {
    const links = { publicUrl: this.options.publicUrl };
    return claimed[0]!.digest ? composeDigest(claimed, links) : composeEmail(claimed[0]!, links);
  }

  /** Stable per e-mail: a resend after a crash carries the same Message-ID. */
  private messageId(claimed: readonly ClaimedEmail[]): string {
    if (!claimed[0]!.digest) return `<${claimed[0]!.id}@${this.messageIdDomain}>`;
    const ids = claimed.map((email) => email.id).sort();
    const hash = createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 32);
    return `<digest-${hash}@${this.messageIdDomain}>`;
  }

  private async recordFailure(
    claimed: readonly ClaimedEmail[],
    failure: SmtpFailure,
    now: Date,
  ): Promise<'retrying' | 'failed'> {
    const attempts = Math.max(...claimed.map((email) => email.attempts));
    const to = claimed[0]!.recipientEmail;
    if (failure.permanent || attempts >= this.retry.maxAttempts) {
      const reason = failure.permanent
        ? failure.message
        : `Opgivet efter ${attempts} forsøg: ${failure.message}`;
      await this.outbox.markFailed(claimed, reason);
      this.logger.error(`E-mail til ${to} kunne ikke sendes: ${reason}`);
      return 'failed';
    }
    const next = new Date(now.getTime() + retryDelayMs(attempts, this.retry));
    await this.outbox.scheduleRetry(claimed, failure.message, next);
    this.logger.warn(
      `E-mail til ${to} ikke sendt (forsøg ${attempts}): ${failure.message}; prøver igen ${next.toISOString()}`,
    );
    return 'retrying';
  }
}
