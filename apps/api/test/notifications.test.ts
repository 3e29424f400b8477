import type { AddressInfo } from 'node:net';
import type { NotificationEvent } from '@budgetflow/domain';
import { NotificationOutbox } from '@budgetflow/notifications';
import { PartyGroupRepository } from '@budgetflow/persistence';
import {
  createTestDatabase,
  testNamespace,
  testTemporalAddress,
  uniqueId,
} from '@budgetflow/testing';
import type { INestApplication } from '@nestjs/common';
import { type AddressObject, simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { readApiConfig } from '../src/config/api-config';
import { as } from './support/actors';
import { type TestHttp, testHttp } from './support/http';
import { type TestSessions, testSessions } from './support/sessions';

const addressOf = (mail: ParsedMail) => (mail.to as AddressObject).value[0]!.address;

// Who acts, each through a session of their own (support/sessions.ts).
const karin = as.person('karin.k', 'coordinator');
const jens = as.person('jens.oe', 'partyGroupMember', ['Enhedslisten']);
const admin = as.systemAdministrator;
const stranger = as.person('ukendt', 'partyGroupMember', ['Venstre']);

const roundId = 'budget-2026-2029';
const event = (number: string): NotificationEvent => ({
  kind: 'stateChanged',
  key: `transition/${uniqueId(number)}`,
  roundId,
  at: '2025-09-02T11:00:00Z',
  initiative: { number, title: 'Omsorgstopmøde', partyGroups: ['Enhedslisten'] },
  command: 'submit',
  from: 'draft',
  to: 'submitted',
  actorId: 'mette.oe',
});

/** The API with its mail dispatcher, against a real SMTP server that collects what it gets. */
describe('the notifications API', () => {
  let app: INestApplication;
  let sessions: TestSessions;
  let http: TestHttp;
  let dataSource: DataSource;
  let dropDatabase: () => Promise<void>;
  let smtp: SMTPServer;
  const mails: ParsedMail[] = [];

  const enqueue = (e: NotificationEvent) =>
    dataSource.transaction((tx) =>
      new NotificationOutbox({ publicUrl: 'https://budget.example.dk' }).enqueue(tx, e),
    );
  const waitFor = async <T>(probe: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const waitForMails = (count: number) =>
    waitFor(async () => (mails.length >= count ? mails : undefined));

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      closeTimeout: 1_000,
      onRcptTo(address, _session, callback) {
        if (!address.address.endsWith('@afvist.example.dk')) return callback();
        callback(Object.assign(new Error('5.1.1 Modtageren findes ikke'), { responseCode: 550 }));
      },
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          mails.push(mail);
          callback();
        }, callback);
      },
    });
    const listening = await new Promise<AddressInfo>((resolve) => {
      const server = smtp.listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
    });
    const smtpPort = listening.port;
    const database = await createTestDatabase();
    dropDatabase = database.drop;
    const config = readApiConfig({
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: testTemporalAddress(),
      TEMPORAL_NAMESPACE: testNamespace(),
      API_PORT: '0',
      PUBLIC_URL: 'https://budget.example.dk',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      MAIL_DISPATCH_INTERVAL_MS: '100',
    });
    app = await createApp(config, { logger: false });
    await app.init();
    sessions = testSessions(app);
    http = testHttp(app, sessions);
    dataSource = app.get(DataSource);
    // A person can only be put in a party group that exists.
    await new PartyGroupRepository(dataSource).upsert({ name: 'Enhedslisten', shortName: 'Ø' });
  });

  afterAll(async () => {
    await app?.close();
    await dropDatabase?.();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  describe('the directory', () => {
    it('lets a system administrator register and update people', async () => {
      const karinBody = { name: 'Karin K', email: 'karin@region.example.dk', role: 'coordinator' };
      await http.put('/users/karin.k', karinBody, admin).expect(201);
      const updated = await http
        .put('/users/karin.k', { ...karinBody, name: 'Karin Koordinator' }, admin)
        .expect(200);
      expect(updated.body).toMatchObject({ id: 'karin.k', name: 'Karin Koordinator' });
      await http
        .put(
          `/users/${'jens.oe'}`,
          {
            name: 'Jens Ø',
            email: 'jens@el.example.dk',
            role: 'partyGroupMember',
            partyGroups: ['Enhedslisten'],
          },
          admin,
        )
        .expect(201);
      const list = await http.get('/users', admin).expect(200);
      expect(list.body.items.map((user: { id: string }) => user.id)).toEqual([
        'jens.oe',
        'karin.k',
        'sysadm',
      ]);
    });

    it('refuses others, coordinators too, with a problem answer', async () => {
      const response = await http.put('/users/x', { name: 'X', role: 'coordinator' }, jens);
      expect(response.status).toBe(403);
      expect(response.type).toBe('application/problem+json');
      expect(response.body).toMatchObject({ status: 403, code: 'forbidden' });
      await http.get('/users', jens).expect(403);
      const byCoordinator = await http.put(
        '/users/karin.k',
        { name: 'Karin', email: 'karin@region.example.dk', role: 'systemAdministrator' },
        karin,
      );
      expect(byCoordinator.status).toBe(403);
      expect(byCoordinator.body).toMatchObject({ status: 403, code: 'forbidden' });
      await http.get('/users', karin).expect(403);
      await http.put('/users/x', { name: 'X', role: 'coordinator' }).expect(401);
      const list = await http.get('/users', admin).expect(200);
      expect(list.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            id: 'karin.k',
            name: 'Karin Koordinator',
            role: 'coordinator',
          }),
        ]),
      );
      expect(list.body.items.map((user: { id: string }) => user.id)).not.toContain('x');
    });

    it('answers 400 with field messages for a bad person', async () => {
      const response = await http
        .put('/users/y', { name: 'Y', email: 'ikke en adresse', role: 'partyGroupMember' }, admin)
        .expect(400);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'email', message: 'Angiv en gyldig e-mailadresse' },
          {
            field: 'partyGroups',
            message: 'Et partigruppemedlem skal høre til mindst én partigruppe',
          },
        ]),
      );
    });
  });

  describe('the inbox', () => {
    it('lists the actor’s own notifications, counts the unread and marks them read', async () => {
      await enqueue(event('4.2'));
      await enqueue(event('4.3'));

      const inbox = await http.get('/me/notifications', jens).expect(200);
      expect(inbox.body).toMatchObject({ total: 2, unread: 2, limit: 20, offset: 0 });
      const [first] = inbox.body.items;
      expect(first).toMatchObject({
        kind: 'stateChanged',
        subject: expect.stringMatching(/^Forslag 4\.[23] Omsorgstopmøde: Indsendt$/),
        link: expect.stringMatching(
          /^https:\/\/budget\.example\.dk\/runder\/budget-2026-2029\/forslag\/4\.[23]$/,
        ),
        readAt: null,
      });
      await http.get('/me/notifications/unread-count', jens).expect(200, { unread: 2 });

      const read = await http.post(`/me/notifications/${first.id}/read`, {}, jens).expect(200);
      expect(read.body.readAt).not.toBeNull();
      await http.get('/me/notifications/unread-count', jens).expect(200, { unread: 1 });
      const unread = await http.get('/me/notifications?unread=true', jens).expect(200);
      expect(unread.body.items).toHaveLength(1);
      expect(unread.body.items[0].id).not.toBe(first.id);

      await http.post('/me/notifications/read-all', {}, jens).expect(200, { marked: 1, unread: 0 });
      await http.get('/me/notifications/unread-count', jens).expect(200, { unread: 0 });
    });

    it('does not let anyone read or mark another person’s notifications', async () => {
      const karins = await http.get('/me/notifications', karin).expect(200);
      expect(karins.body.total).toBe(2);
      const theirs = karins.body.items[0].id;
      await http.post(`/me/notifications/${theirs}/read`, {}, jens).expect(404);
      await http.post('/me/notifications/not-a-uuid/read', {}, jens).expect(404);
      const empty = await http.get('/me/notifications', stranger).expect(200);
      expect(empty.body).toMatchObject({ items: [], total: 0, unread: 0 });
    });

    it('validates the query', async () => {
      const response = await http.get('/me/notifications?limit=0', jens).expect(400);
      expect(response.body.errors[0].field).toBe('limit');
      await http.get('/me/notifications').expect(401); // no session
    });

    it('sends the e-mails through the dispatcher the API runs', async () => {
      const received = await waitForMails(4);
      expect(received.map((mail) => mail.subject).sort()).toEqual([
        'Forslag 4.2 Omsorgstopmøde: Indsendt',
        'Forslag 4.2 Omsorgstopmøde: Indsendt',
        'Forslag 4.3 Omsorgstopmøde: Indsendt',
        'Forslag 4.3 Omsorgstopmøde: Indsendt',
      ]);
      expect(received[0]!.text).toContain(
        'https://budget.example.dk/runder/budget-2026-2029/forslag/4.',
      );
    });
  });

  describe('e-mail preferences', () => {
    it('are "at once" for every kind until chosen otherwise', async () => {
      const response = await http.get('/me/notification-preferences', jens).expect(200);
      expect(response.body.email).toMatchObject({ stateChanged: 'immediate', merged: 'immediate' });
      expect(response.body.labels.kinds.stateChanged).toBe('Et forslag skifter status');
    });

    it('are replaced by what is put, and a kind left out is back to "at once"', async () => {
      const put = await http
        .put(
          '/me/notification-preferences',
          { email: { stateChanged: 'digest', merged: 'off' } },
          jens,
        )
        .expect(200);
      expect(put.body.email).toMatchObject({
        stateChanged: 'digest',
        merged: 'off',
        reviewTask: 'immediate',
      });
      await http
        .put('/me/notification-preferences', { email: { merged: 'digest' } }, jens)
        .expect(200);
      const get = await http.get('/me/notification-preferences', jens).expect(200);
      expect(get.body.email).toMatchObject({ stateChanged: 'immediate', merged: 'digest' });
    });

    it('refuses unknown kinds and modes, and people no longer in the directory', async () => {
      const bad = await http
        .put('/me/notification-preferences', { email: { stateChanged: 'weekly' } }, jens)
        .expect(400);
      expect(bad.type).toBe('application/problem+json');
      expect(bad.body.errors[0].field).toBe('email.stateChanged');
      await http
        .put('/me/notification-preferences', { email: { birthday: 'off' } }, jens)
        .expect(400);
      // A session is a directory entry's: once the person is removed, it signs nobody in.
      const former = as.person('tidligere', 'partyGroupMember', ['Venstre']);
      const { token } = await sessions.sessionOf(former);
      await http
        .get('/me/notification-preferences')
        .set('authorization', `Bearer ${token}`)
        .expect(200);
      await dataSource.query('DELETE FROM app_user WHERE id = $1', [former.id]);
      await http
        .put('/me/notification-preferences', { email: {} })
        .set('authorization', `Bearer ${token}`)
        .expect(401);
    });
  });

  describe('failed e-mails', () => {
    const kasper = { name: 'Kasper K', role: 'coordinator' };
    let failedId: string;

    beforeAll(async () => {
      // The SMTP server refuses this address (550): the dispatcher fails the e-mail for good.
      await http
        .put('/users/kasper.k', { ...kasper, email: 'kasper@afvist.example.dk' }, admin)
        .expect(201);
      await enqueue(event('4.4'));
      failedId = await waitFor(async () => {
        const rows: { id: string }[] = await dataSource.query(
          `SELECT id FROM notification WHERE recipient_id = 'kasper.k' AND status = 'failed'`,
        );
        return rows[0]?.id;
      });
    });

    it('are shown to coordinators only', async () => {
      const refused = await http.get('/notifications/failures', jens).expect(403);
      expect(refused.type).toBe('application/problem+json');
      expect(refused.body).toMatchObject({
        code: 'forbidden',
        detail: 'Din rolle giver ikke adgang til dette',
      });

      const response = await http.get('/notifications/failures', karin).expect(200);
      expect(response.body.total).toBe(1);
      expect(response.body.items[0]).toMatchObject({
        id: failedId,
        recipient: { id: 'kasper.k', name: 'Kasper K', email: 'kasper@afvist.example.dk' },
        subject: 'Forslag 4.4 Omsorgstopmøde: Indsendt',
        attempts: 1,
        lastError: expect.stringContaining('550'),
      });
    });

    it('go out once a system administrator has corrected the address and a coordinator sends them again', async () => {
      await http.post(`/notifications/failures/${failedId}/retry`, {}, jens).expect(403);
      await http
        .put('/users/kasper.k', { ...kasper, email: 'kasper@region.example.dk' }, admin)
        .expect(200);
      await http
        .post(`/notifications/failures/${failedId}/retry`, {}, karin)
        .expect(200, { id: failedId, status: 'pending' });
      await http.post(`/notifications/failures/${failedId}/retry`, {}, karin).expect(409);
      await http
        .post('/notifications/failures/00000000-0000-0000-0000-000000000000/retry', {}, karin)
        .expect(404);

      const toKasper = () => mails.filter((mail) => addressOf(mail) === 'kasper@region.example.dk');
      await waitFor(async () => (toKasper().length > 0 ? true : undefined));
      await new Promise((resolve) => setTimeout(resolve, 300)); // a few more dispatcher passes
      expect(toKasper().map((mail) => mail.subject)).toEqual([
        'Forslag 4.4 Omsorgstopmøde: Indsendt',
      ]);
      await http
        .get('/notifications/failures', karin)
        .expect(200)
        .then((response) => expect(response.body.total).toBe(0));
    });
  });
});
