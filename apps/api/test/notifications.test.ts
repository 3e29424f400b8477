import type { AddressInfo } from 'node:net';
import type { NotificationEvent } from '@budgetflow/domain';
import { NotificationOutbox } from '@budgetflow/notifications';
import {
  createTestDatabase,
  testNamespace,
  testTemporalAddress,
  uniqueId,
} from '@budgetflow/testing';
import type { INestApplication } from '@nestjs/common';
import { type AddressObject, simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { readApiConfig } from '../src/config/api-config';

const addressOf = (mail: ParsedMail) => (mail.to as AddressObject).value[0]!.address;

/** Headers naming who acts (see src/http/actor.decorator.ts). */
const actor = (id: string, role: string, partyGroups: string[] = []) => ({
  'x-actor-id': id,
  'x-actor-role': role,
  ...(partyGroups.length ? { 'x-actor-party-groups': partyGroups.join(',') } : {}),
});
const karin = actor('karin.k', 'coordinator');
const jens = actor('jens.oe', 'partyGroupMember', ['Enhedslisten']);
const admin = actor('sysadm', 'systemAdministrator');
const stranger = actor('ukendt', 'partyGroupMember', ['Venstre']);

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
  let dataSource: DataSource;
  let dropDatabase: () => Promise<void>;
  let smtp: SMTPServer;
  const mails: ParsedMail[] = [];

  const http = () => request(app.getHttpServer());
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
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await dropDatabase?.();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  describe('the directory', () => {
    it('lets a coordinator or a system administrator register and update people', async () => {
      const karinBody = { name: 'Karin K', email: 'karin@region.example.dk', role: 'coordinator' };
      await http().put('/api/users/karin.k').set(admin).send(karinBody).expect(201);
      const updated = await http()
        .put('/api/users/karin.k')
        .set(karin)
        .send({ ...karinBody, name: 'Karin Koordinator' })
        .expect(200);
      expect(updated.body).toMatchObject({ id: 'karin.k', name: 'Karin Koordinator' });
      await http()
        .put(`/api/users/${'jens.oe'}`)
        .set(karin)
        .send({
          name: 'Jens Ø',
          email: 'jens@el.example.dk',
          role: 'partyGroupMember',
          partyGroups: ['Enhedslisten'],
        })
        .expect(201);
      const list = await http().get('/api/users').set(admin).expect(200);
      expect(list.body.items.map((user: { id: string }) => user.id)).toEqual([
        'jens.oe',
        'karin.k',
      ]);
    });

    it('refuses others with a problem answer', async () => {
      const response = await http()
        .put('/api/users/x')
        .set(jens)
        .send({ name: 'X', role: 'coordinator' })
        .expect(403);
      expect(response.type).toBe('application/problem+json');
      expect(response.body).toMatchObject({ status: 403, code: 'forbidden' });
      await http().get('/api/users').set(jens).expect(403);
    });

    it('answers 400 with field messages for a bad person', async () => {
      const response = await http()
        .put('/api/users/y')
        .set(karin)
        .send({ name: 'Y', email: 'ikke en adresse', role: 'partyGroupMember' })
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

      const inbox = await http().get('/api/me/notifications').set(jens).expect(200);
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
      await http().get('/api/me/notifications/unread-count').set(jens).expect(200, { unread: 2 });

      const read = await http()
        .post(`/api/me/notifications/${first.id}/read`)
        .set(jens)
        .expect(200);
      expect(read.body.readAt).not.toBeNull();
      await http().get('/api/me/notifications/unread-count').set(jens).expect(200, { unread: 1 });
      const unread = await http().get('/api/me/notifications?unread=true').set(jens).expect(200);
      expect(unread.body.items).toHaveLength(1);
      expect(unread.body.items[0].id).not.toBe(first.id);

      await http()
        .post('/api/me/notifications/read-all')
        .set(jens)
        .expect(200, { marked: 1, unread: 0 });
      await http().get('/api/me/notifications/unread-count').set(jens).expect(200, { unread: 0 });
    });

    it('does not let anyone read or mark another person’s notifications', async () => {
      const karins = await http().get('/api/me/notifications').set(karin).expect(200);
      expect(karins.body.total).toBe(2);
      const theirs = karins.body.items[0].id;
      await http().post(`/api/me/notifications/${theirs}/read`).set(jens).expect(404);
      await http().post('/api/me/notifications/not-a-uuid/read').set(jens).expect(404);
      const empty = await http().get('/api/me/notifications').set(stranger).expect(200);
      expect(empty.body).toMatchObject({ items: [], total: 0, unread: 0 });
    });

    it('validates the query', async () => {
      const response = await http().get('/api/me/notifications?limit=0').set(jens).expect(400);
      expect(response.body.errors[0].field).toBe('limit');
      await http().get('/api/me/notifications').expect(400); // no actor
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
      const response = await http().get('/api/me/notification-preferences').set(jens).expect(200);
      expect(response.body.email).toMatchObject({ stateChanged: 'immediate', merged: 'immediate' });
      expect(response.body.labels.kinds.stateChanged).toBe('Et forslag skifter status');
    });

    it('are replaced by what is put, and a kind left out is back to "at once"', async () => {
      const put = await http()
        .put('/api/me/notification-preferences')
        .set(jens)
        .send({ email: { stateChanged: 'digest', merged: 'off' } })
        .expect(200);
      expect(put.body.email).toMatchObject({
        stateChanged: 'digest',
        merged: 'off',
        reviewTask: 'immediate',
      });
      await http()
        .put('/api/me/notification-preferences')
        .set(jens)
        .send({ email: { merged: 'digest' } })
        .expect(200);
      const get = await http().get('/api/me/notification-preferences').set(jens).expect(200);
      expect(get.body.email).toMatchObject({ stateChanged: 'immediate', merged: 'digest' });
    });

    it('refuses unknown kinds and modes, and people not in the directory', async () => {
      const bad = await http()
        .put('/api/me/notification-preferences')
        .set(jens)
        .send({ email: { stateChanged: 'weekly' } })
        .expect(400);
      expect(bad.type).toBe('application/problem+json');
      expect(bad.body.errors[0].field).toBe('email.stateChanged');
      await http()
        .put('/api/me/notification-preferences')
        .set(jens)
        .send({ email: { birthday: 'off' } })
        .expect(400);
      await http()
        .put('/api/me/notification-preferences')
        .set(stranger)
        .send({ email: {} })
        .expect(404);
    });
  });

  describe('failed e-mails', () => {
    const kasper = { name: 'Kasper K', role: 'coordinator' };
    let failedId: string;

    beforeAll(async () => {
      // The SMTP server refuses this address (550): the dispatcher fails the e-mail for good.
      await http()
        .put('/api/users/kasper.k')
        .set(admin)
        .send({ ...kasper, email: 'kasper@afvist.example.dk' })
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
      const refused = await http().get('/api/notifications/failures').set(jens).expect(403);
      expect(refused.type).toBe('application/problem+json');
      expect(refused.body.detail).toBe('Kun koordinatorer kan se og genudsende fejlede e-mails');

      const response = await http().get('/api/notifications/failures').set(karin).expect(200);
      expect(response.body.total).toBe(1);
      expect(response.body.items[0]).toMatchObject({
        id: failedId,
        recipient: { id: 'kasper.k', name: 'Kasper K', email: 'kasper@afvist.example.dk' },
        subject: 'Forslag 4.4 Omsorgstopmøde: Indsendt',
        attempts: 1,
        lastError: expect.stringContaining('550'),
      });
    });

    it('go out once a coordinator has corrected the address and sends them again', async () => {
      await http().post(`/api/notifications/failures/${failedId}/retry`).set(jens).expect(403);
      await http()
        .put('/api/users/kasper.k')
        .set(karin)
        .send({ ...kasper, email: 'kasper@region.example.dk' })
        .expect(200);
      await http()
        .post(`/api/notifications/failures/${failedId}/retry`)
        .set(karin)
        .expect(200, { id: failedId, status: 'pending' });
      await http().post(`/api/notifications/failures/${failedId}/retry`).set(karin).expect(409);
      await http()
        .post('/api/notifications/failures/00000000-0000-0000-0000-000000000000/retry')
        .set(karin)
        .expect(404);

      const toKasper = () => mails.filter((mail) => addressOf(mail) === 'kasper@region.example.dk');
      await waitFor(async () => (toKasper().length > 0 ? true : undefined));
      await new Promise((resolve) => setTimeout(resolve, 300)); // a few more dispatcher passes
      expect(toKasper().map((mail) => mail.subject)).toEqual([
        'Forslag 4.4 Omsorgstopmøde: Indsendt',
      ]);
      await http()
        .get('/api/notifications/failures')
        .set(karin)
        .expect(200)
        .then((response) => expect(response.body.total).toBe(0));
    });
  });
});
