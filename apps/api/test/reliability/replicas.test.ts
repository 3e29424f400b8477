import type { ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { AccountRepository } from '@budgetflow/persistence';
import { historyQuery, initiativeWorkflowId } from '@budgetflow/workflows';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { hashPassword } from '../../src/auth/passwords';
import { as } from '../support/actors';
import {
  type ApiProcess,
  processHttp,
  spawnApiProcess,
  stopApiProcess,
} from '../support/api-process';
import { partyForm, reviewBody } from '../support/forms';
import type { TestHttp } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { killHard, spawnWorkerProcess } from '../support/worker-process';

const party = as.party('Enhedslisten');
const numbers = ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6'];

/**
 * Two API processes and two worker processes on one PostgreSQL and one Temporal server, each API
 * with its own mail dispatcher on one SMTP server: a burst of commands spread over both APIs
 * (some sent to both at once) takes every step once, and sends every e-mail once.
 */
describe('several replicas', () => {
  let system: TestSystem;
  const apis: ApiProcess[] = [];
  const workers: ChildProcess[] = [];
  let http: [TestHttp, TestHttp];
  let smtp: SMTPServer;
  const mails: { messageId: string; to: string; subject: string }[] = [];

  beforeAll(async () => {
    system = await startTestSystem({ inProcessWorker: false });
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          mails.push({
            messageId: mail.messageId ?? '',
            to: mail.to && !Array.isArray(mail.to) ? mail.to.value[0]!.address! : '',
            subject: mail.subject ?? '',
          });
          callback();
        }, callback);
      },
    });
    const smtpPort = await new Promise<number>((resolve) => {
      const server = smtp.listen(0, '127.0.0.1', () =>
        resolve((server.address() as AddressInfo).port),
      );
    });
    // Everyone who hears of the steps: two of the party, two coordinators, the administration.
    for (const actor of [
      party,
      as.person('el-2', 'partyGroupMember', ['Enhedslisten']),
      as.coordinator,
      as.person('koordinator-2', 'coordinator'),
      as.administration,
    ]) {
      await system.register(actor);
    }
    const env = {
      DATABASE_URL: system.config.DATABASE_URL,
      TEMPORAL_ADDRESS: system.config.TEMPORAL_ADDRESS,
      TEMPORAL_NAMESPACE: system.config.TEMPORAL_NAMESPACE,
      TEMPORAL_TASK_QUEUE: system.config.TEMPORAL_TASK_QUEUE,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: smtpPort,
      MAIL_DISPATCH_INTERVAL_MS: 100,
    };
    const sessions = { sessionOf: system.sessionOf, register: system.register };
    const started = await Promise.all([
      spawnApiProcess(env),
      spawnApiProcess(env),
      spawnWorkerProcess(system.workerConfig),
      spawnWorkerProcess(system.workerConfig),
    ]);
    apis.push(started[0], started[1]);
    workers.push(started[2], started[3]);
    http = [processHttp(apis[0]!, sessions), processHttp(apis[1]!, sessions)];
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) await killHard(worker);
    for (const api of apis) await stopApiProcess(api);
    await system.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('takes every step of a burst spread over both APIs once, in order', async () => {
    const path = (number: string, step: string) => system.initiativePath(number, step);
    const created = await Promise.all(
      numbers.map((number, i) =>
        http[i % 2]!.post(
          `/rounds/${system.roundId}/initiatives`,
          { number, ...partyForm('Enhedslisten') },
          party,
        ),
      ),
    );
    expect(created.map((response) => response.status)).toEqual(numbers.map(() => 201));

    // Every submission is sent to both APIs at once under one key: one step each, one answer.
    const submitted = await Promise.all(
      numbers.map((number) =>
        Promise.all(
          http.map((api) =>
            api.post(path(number, 'submit'), {}, party).set('Idempotency-Key', `submit-${number}`),
          ),
        ),
      ),
    );
    for (const [first, second] of submitted) {
      expect([first!.status, second!.status]).toEqual([200, 200]);
      expect(second!.body).toEqual(first!.body);
      expect(first!.body).toMatchObject({ state: 'submitted', version: 2 });
    }

    // The review is started from both APIs at once without a key: one of them takes it.
    const reviews = await Promise.all(
      numbers.map((number) =>
        Promise.all(
          http.map((api) => api.post(path(number, 'start-review'), {}, as.administration)),
        ),
      ),
    );
    for (const pair of reviews) {
      expect(pair.map((response) => response.status).sort()).toEqual([200, 409]);
      expect(pair.find((response) => response.status === 409)!.body.code).toBe('invalidState');
    }

    for (const number of numbers) {
      const audit: { seq: number; command: string }[] = await system.dataSource.query(
        'SELECT seq, command FROM audit_entry WHERE round_id = $1 AND number = $2 ORDER BY seq',
        [system.roundId, number],
      );
      expect(audit).toEqual([
        { seq: 1, command: 'create' },
        { seq: 2, command: 'submit' },
        { seq: 3, command: 'startReview' },
      ]);
      const [row] = await system.dataSource.query(
        'SELECT version, state FROM initiative WHERE round_id = $1 AND number = $2',
        [system.roundId, number],
      );
      expect(row).toEqual({ version: 3, state: 'inReview' });
      const records = await system.temporal.workflow
        .getHandle(initiativeWorkflowId(system.roundId, number))
        .query(historyQuery);
      expect(records.map((record) => [record.seq, record.command])).toEqual([
        [1, 'create'],
        [2, 'submit'],
        [3, 'startReview'],
      ]);
    }
  });

  it('answers a retry sent to the other API with the first answer', async () => {
    const path = system.initiativePath('4.1', 'complete-review');
    const first = await http[0]
      .post(path, reviewBody, as.administration)
      .set('Idempotency-Key', 'review-4.1')
      .expect(200);
    const retry = await http[1]
      .post(path, reviewBody, as.administration)
      .set('Idempotency-Key', 'review-4.1')
      .expect(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const [{ count }] = await system.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_entry WHERE round_id = $1 AND number = '4.1'`,
      [system.roundId],
    );
    expect(count).toBe(4);
  });

  it('delivers every e-mail exactly once, whichever dispatcher claims it', async () => {
    let outbox: { id: string; status: string }[] = [];
    for (const deadline = Date.now() + 30_000; ;) {
      outbox = await system.dataSource.query(
        `SELECT id, status FROM notification WHERE channel = 'email'`,
      );
      if (outbox.length > 0 && outbox.every((email) => email.status === 'sent')) break;
      if (Date.now() > deadline) throw new Error(`e-mails still unsent: ${JSON.stringify(outbox)}`);
      await sleep(100);
    }
    await sleep(500); // anything sent twice would arrive now
    // Each submission and each review step tells four: the party's other member (and for a review
    // step the one who submitted), both coordinators, and the administration of a submission.
    expect(outbox).toHaveLength(6 * 4 + 6 * 4 + 4);
    expect(mails).toHaveLength(outbox.length);
    const ids = mails.map((mail) => mail.messageId.replace(/^<([^@]+)@.*$/, '$1')).sort();
    expect(ids).toEqual(outbox.map((email) => email.id).sort());
    const perRecipientAndEvent = new Set(mails.map((mail) => `${mail.to}\n${mail.subject}`));
    expect(perRecipientAndEvent.size).toBe(mails.length);
    // Both dispatchers took part: each claimed e-mails the other did not.
    const sentBy = apis.map(
      (api) => api.lines().filter((line) => /^E-mail sendt til/.test(String(line['msg']))).length,
    );
    expect(sentBy[0]! + sentBy[1]!).toBe(mails.length);
    expect(Math.min(...sentBy)).toBeGreaterThan(0);
  });

  it('keeps sessions and the sign-in lock-out the same on every replica', async () => {
    const accounts = new AccountRepository(system.dataSource);
    await accounts.setPassword('koordinator-2', await hashPassword('en lang adgangskode'));
    const signIn = (api: TestHttp, password: string) =>
      api.post('/auth/tokens', { login: 'koordinator-2', password });

    const { token } = (await signIn(http[0], 'en lang adgangskode').expect(201)).body;
    const bearer = `Bearer ${String(token)}`;
    const session = await http[1].get('/auth/session').set('authorization', bearer).expect(200);
    expect(session.body).toMatchObject({ user: { id: 'koordinator-2' } });
    await http[1].post('/auth/sign-out', {}).set('authorization', bearer).expect(204);
    await http[0].get('/auth/session').set('authorization', bearer).expect(401);

    // Wrong passwords counted together: the fifth, on either replica, locks the account.
    const statuses = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      statuses.push((await signIn(http[attempt % 2]!, 'forkert adgangskode')).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    await signIn(http[1], 'en lang adgangskode').expect(429);
    await signIn(http[0], 'en lang adgangskode').expect(429);
  });
});
