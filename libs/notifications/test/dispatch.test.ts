import { freePort } from '@budgetflow/local-stack';
import { EmailOutboxRepository, NotificationPreferenceRepository } from '@budgetflow/persistence';
import type { AddressObject } from 'mailparser';
import type { DataSource } from 'typeorm';
import { MailDispatcher, type MailDispatcherOptions, NotificationOutbox } from '../src';
import { people, submitted } from './support/fixtures';
import { startSmtpReceiver, type SmtpReceiver } from './support/smtp-receiver';
import { clearNotifications, openTestDatabase, rows } from './support/test-db';

const now = new Date('2025-09-02T11:05:00Z');
const publicUrl = 'http://localhost:3000';
const roundId = 'budget-2026-2029';
const outbox = new NotificationOutbox({ publicUrl, clock: () => now });
const retry = { baseDelayMs: 60_000, maxDelayMs: 3_600_000, maxAttempts: 5 };

let db: Awaited<ReturnType<typeof openTestDatabase>>;
let dataSource: DataSource;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  dataSource = db.dataSource;
});
afterAll(() => db.close());
beforeEach(() => clearNotifications(dataSource));
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function receiver(options: Parameters<typeof startSmtpReceiver>[0] = {}) {
  const smtp = await startSmtpReceiver(options);
  cleanups.push(() => smtp.stop());
  return smtp;
}

function dispatcher(port: number, options: Partial<MailDispatcherOptions> = {}) {
  const dispatcher = new MailDispatcher(dataSource, {
    smtp: { host: '127.0.0.1', port },
    from: 'Budgetflow <budgetflow@localhost>',
    publicUrl,
    retry,
    timeoutMs: 5_000,
    clock: () => now,
    ...options,
  });
  cleanups.push(() => dispatcher.stop());
  return dispatcher;
}

const enqueue = (event: ReturnType<typeof submitted>) =>
  dataSource.transaction((tx) => outbox.enqueue(tx, event));

const recipientsOf = (smtp: SmtpReceiver) =>
  smtp.mails.map((mail) => (mail.to as AddressObject).value[0]!.address).sort();

async function emailOf(recipientId: string) {
  return (await rows(dataSource, 'email')).find((row) => row.recipient_id === recipientId)!;
}

describe('MailDispatcher', () => {
  it('delivers each e-mail once, in Danish, with text and HTML parts and the link', async () => {
    const smtp = await receiver();
    await enqueue(submitted(roundId));
    const result = await dispatcher(smtp.port).dispatchOnce();

    expect(result).toEqual({ sent: 2, retrying: 0, failed: 0, released: 0 });
    expect(recipientsOf(smtp)).toEqual([people.jens.email, people.koordinator.email]);
    const mail = smtp.mails.find(
      (m) => (m.to as AddressObject).value[0]!.address === people.koordinator.email,
    )!;
    const link = `${publicUrl}/runder/${roundId}/forslag/4.2`;
    expect(mail.subject).toBe('Forslag 4.2 Omsorgstopmøde: Indsendt');
    expect(mail.from?.value[0]).toMatchObject({
      name: 'Budgetflow',
      address: 'budgetflow@localhost',
    });
    expect((mail.to as AddressObject).value[0]!.name).toBe('Karin Koordinator');
    expect(mail.text).toContain(
      'Forslag 4.2 Omsorgstopmøde (Enhedslisten) har skiftet status fra »Kladde« til »Indsendt«.',
    );
    expect(mail.text).toContain('Indsendt den 2. september 2025 kl. 13.00.');
    expect(mail.text).toContain(`Se forslaget: ${link}`);
    expect(mail.html).toContain(`<a href="${link}">Se forslaget</a>`);
    expect(mail.html).toContain('<html lang="da">');
    const row = await emailOf(people.koordinator.id);
    expect(mail.messageId).toBe(`<${row.id}@localhost>`);
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    expect(row.sent_at).toEqual(now);

    // Nothing is due any more: a second pass sends nothing.
    expect((await dispatcher(smtp.port).dispatchOnce()).sent).toBe(0);
    expect(smtp.mails).toHaveLength(2);
  });

  it('sends one e-mail when the same event was enqueued twice', async () => {
    const smtp = await receiver();
    const event = submitted(roundId);
    await enqueue(event);
    await enqueue(event);
    await dispatcher(smtp.port).dispatchOnce();
    expect(recipientsOf(smtp)).toEqual([people.jens.email, people.koordinator.email]);
  });

  it('keeps e-mails while the SMTP server is down and delivers them once when it is back', async () => {
    const port = await freePort(); // nothing listens here yet
    await enqueue(submitted(roundId));
    const down = await dispatcher(port).dispatchOnce();

    // The first e-mail found the server away; the pass stopped rather than use up the others.
    expect(down).toEqual({ sent: 0, retrying: 1, failed: 0, released: 0 });
    const tried = (await rows(dataSource, 'email')).filter((row) => row.attempts > 0);
    expect(tried).toHaveLength(1);
    expect(tried[0]).toMatchObject({ status: 'pending', attempts: 1 });
    expect(tried[0]!.last_error).toMatch(/^SMTP-serveren kunne ikke nås/);
    expect(tried[0]!.next_attempt_at!.getTime()).toBe(now.getTime() + retry.baseDelayMs);

    const smtp = await receiver({ port });
    const later = new Date(now.getTime() + retry.baseDelayMs);
    const back = await dispatcher(port).dispatchOnce(later);
    expect(back.sent).toBe(2);
    expect(recipientsOf(smtp)).toEqual([people.jens.email, people.koordinator.email]);
    expect((await rows(dataSource, 'email')).map((row) => row.status)).toEqual(['sent', 'sent']);

    expect((await dispatcher(port).dispatchOnce(new Date(later.getTime() + 86_400_000))).sent).toBe(
      0,
    );
    expect(smtp.mails).toHaveLength(2);
  });

  it('waits with the back-off before trying again', async () => {
    const port = await freePort();
    await enqueue(submitted(roundId));
    const mailer = dispatcher(port);
    await mailer.dispatchOnce();
    // Not yet due: the failed e-mail is not tried again before its time; the other one is.
    await mailer.dispatchOnce(new Date(now.getTime() + 1_000));
    const attempts = (await rows(dataSource, 'email')).map((row) => row.attempts).sort();
    expect(attempts).toEqual([1, 1]);
  });

  it('fails an e-mail the server refuses (5xx) and lists it for the coordinators', async () => {
    const smtp = await receiver({
      refuseWith: { code: 550, message: '5.1.1 Modtageren findes ikke' },
    });
    await enqueue(submitted(roundId));
    const result = await dispatcher(smtp.port).dispatchOnce();
    expect(result).toEqual({ sent: 0, retrying: 0, failed: 2, released: 0 });
    expect(smtp.mails).toHaveLength(0);

    const failures = await new EmailOutboxRepository(dataSource).failures({ limit: 10, offset: 0 });
    expect(failures.total).toBe(2);
    expect(failures.items.find((f) => f.recipient.id === people.koordinator.id)).toMatchObject({
      recipient: { name: 'Karin Koordinator', email: people.koordinator.email },
      subject: 'Forslag 4.2 Omsorgstopmøde: Indsendt',
      attempts: 1,
      lastError: expect.stringContaining('550 5.1.1 Modtageren findes ikke'),
    });
  });

  it('gives up after the last attempt', async () => {
    const port = await freePort();
    await enqueue(submitted(roundId));
    const mailer = dispatcher(port, { retry: { ...retry, maxAttempts: 2 } });
    let at = now;
    for (let pass = 0; pass < 6; pass++) {
      await mailer.dispatchOnce(at);
      at = new Date(at.getTime() + retry.maxDelayMs);
    }
    const emails = await rows(dataSource, 'email');
    expect(emails.map((row) => [row.status, row.attempts])).toEqual([
      ['failed', 2],
      ['failed', 2],
    ]);
    expect(emails[0]!.last_error).toMatch(/^Opgivet efter 2 forsøg: SMTP-serveren kunne ikke nås/);
  });

  it('sends a person the digest entries due as one e-mail, then marks them all sent', async () => {
    const smtp = await receiver();
    await new NotificationPreferenceRepository(dataSource).replace(people.koordinator.id, {
      stateChanged: 'digest',
    });
    await enqueue(submitted(roundId, { number: '4.2', title: 'Omsorgstopmøde' }));
    await enqueue(submitted(roundId, { number: '4.3', title: 'Ældrepleje' }));

    const mailer = dispatcher(smtp.port);
    await mailer.dispatchOnce();
    // Jens wants them at once; Karin's wait for the morning.
    expect(recipientsOf(smtp)).toEqual([people.jens.email, people.jens.email]);

    const morning = new Date('2025-09-03T05:00:00Z'); // 07:00 in Copenhagen
    expect(await mailer.dispatchOnce(morning)).toMatchObject({ sent: 2 });
    const digests = smtp.mails.slice(2);
    expect(digests).toHaveLength(1);
    const digest = digests[0]!;
    expect((digest.to as AddressObject).value[0]!.address).toBe(people.koordinator.email);
    expect(digest.subject).toBe('Dagligt overblik fra Budgetflow: 2 notifikationer');
    expect(digest.text).toContain('1. Forslag 4.2 Omsorgstopmøde: Indsendt');
    expect(digest.text).toContain('2. Forslag 4.3 Ældrepleje: Indsendt');
    expect(digest.html).toContain(`href="${publicUrl}/runder/${roundId}/forslag/4.3"`);
    const karin = (await rows(dataSource, 'email')).filter(
      (row) => row.recipient_id === people.koordinator.id,
    );
    expect(karin.map((row) => [row.digest, row.status])).toEqual([
      [true, 'sent'],
      [true, 'sent'],
    ]);
  });

  it('takes over an e-mail whose sender died mid-send when the lease lapses', async () => {
    const smtp = await receiver();
    await enqueue(submitted(roundId));
    // A dispatcher claims one and dies before it sends or records anything.
    const crashed = await new EmailOutboxRepository(dataSource).claimImmediate(
      now,
      new Date(now.getTime() + 60_000),
      1,
    );
    expect(crashed).toHaveLength(1);

    const mailer = dispatcher(smtp.port);
    expect(await mailer.dispatchOnce(now)).toMatchObject({ sent: 1, released: 0 });
    const afterLease = new Date(now.getTime() + 60_000);
    expect(await mailer.dispatchOnce(afterLease)).toMatchObject({ sent: 1, released: 1 });
    expect(recipientsOf(smtp)).toEqual([people.jens.email, people.koordinator.email]);
    const taken = (await rows(dataSource, 'email')).find((row) => row.id === crashed[0]!.id)!;
    expect(taken).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('sends each e-mail once when several dispatchers run side by side', async () => {
    const smtp = await receiver();
    for (let n = 1; n <= 8; n++) await enqueue(submitted(roundId, { number: `4.${n}` }));
    const mailers = [1, 2, 3].map(() => dispatcher(smtp.port));
    const results = await Promise.all(mailers.map((mailer) => mailer.dispatchOnce()));
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(16);
    expect(smtp.mails).toHaveLength(16);
    const ids = smtp.mails.map((mail) => mail.messageId);
    expect(new Set(ids).size).toBe(16);
  });

  it('polls on its own once started, and stops', async () => {
    const smtp = await receiver();
    const mailer = dispatcher(smtp.port, { intervalMs: 50, clock: () => new Date() });
    mailer.start();
    await enqueue(submitted(roundId));
    const deadline = Date.now() + 10_000;
    while (smtp.mails.length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await mailer.stop();
    expect(recipientsOf(smtp)).toEqual([people.jens.email, people.koordinator.email]);
  });
});
