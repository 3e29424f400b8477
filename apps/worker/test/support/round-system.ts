import {
  type Actor,
  createInitiative,
  type InitiativeForm,
  type LifecycleState,
  type Role,
  type RoundCalendar,
  transition,
} from '@budgetflow/domain';
import { createDataSource, ProjectionRepository } from '@budgetflow/persistence';
import {
  createTestDatabase,
  createTimeSkippingEnvironment,
  uniqueId,
  workflowBundlePath,
} from '@budgetflow/testing';
import { initiativeWorkflowId, roundWorkflow, roundWorkflowId } from '@budgetflow/workflows';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { NotificationOutbox } from '@budgetflow/notifications';
import { createBudgetflowActivities } from '../../src';

export const coordinator: Actor = { id: 'karl.koord', role: 'coordinator', partyGroups: [] };
export const official: Actor = { id: 'anne.adm', role: 'administration', partyGroups: [] };
export const enhedslisten: Actor = {
  id: 'mette.oe',
  role: 'partyGroupMember',
  partyGroups: ['Enhedslisten'],
};
export const sf: Actor = { id: 'frank.sf', role: 'partyGroupMember', partyGroups: ['SF'] };

export interface Notified {
  readonly kind: string;
  readonly eventKey: string;
  /** When the event happened: the workflow's time when the reminder fired. */
  readonly at: Date;
  readonly subject: string;
  readonly text: string;
}

/**
 * A round workflow on Temporal's time-skipping test server, with the worker's real activities
 * writing the read model and the notifications into a real PostgreSQL database.
 */
export async function startRoundSystem() {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const env: TestWorkflowEnvironment = await createTimeSkippingEnvironment();
  const database = await createTestDatabase();
  const dataSource = await createDataSource(database.url, { poolSize: 4 }).initialize();
  const taskQueue = uniqueId('round-queue');
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: { codePath: workflowBundlePath() },
    activities: createBudgetflowActivities({
      dataSource,
      temporal: env.client,
      notifications: new NotificationOutbox({ publicUrl: 'http://budgetflow.test' }),
    }),
  });
  const running = worker.run();
  const projections = new ProjectionRepository(dataSource);

  for (const person of [coordinator, official, enhedslisten, sf]) {
    await addPerson(person.id, person.role, person.partyGroups);
  }

  async function addPerson(id: string, role: Role, partyGroups: readonly string[]) {
    await dataSource.query(
      `INSERT INTO app_user (id, name, email, role, party_groups) VALUES ($1, $1, $2, $3, $4)`,
      [id, `${id}@example.org`, role, partyGroups],
    );
  }

  return {
    env,
    dataSource,
    taskQueue,

    async startRound(calendar: RoundCalendar, roundId = uniqueId('budget')) {
      const round = { id: roundId, name: 'Budget 2027-2030', firstYear: 2027, lastYear: 2030 };
      await dataSource.query(
        'INSERT INTO round (id, name, first_year, last_year) VALUES ($1, $2, $3, $4)',
        [round.id, round.name, round.firstYear, round.lastYear],
      );
      const handle = await env.client.workflow.start(roundWorkflow, {
        workflowId: roundWorkflowId(round.id),
        taskQueue,
        args: [{ round, calendar }],
      });
      return { round, handle };
    },

    /** Puts an initiative of a party into the read model in the given state, as its workflow would. */
    async addInitiative(roundId: string, number: string, party: Actor, state: LifecycleState) {
      const created = createInitiative(
        { roundId, number, years: [2027, 2028, 2029, 2030], form: form(party) },
        party,
        new Date(await env.currentTimeMs()).toISOString(),
      );
      if (!created.ok) throw new Error(created.refusal.message);
      let decision = created;
      if (state !== 'draft') {
        const submitted = transition(
          decision.initiative,
          { type: 'submit' },
          party,
          decision.initiative.createdAt,
        );
        if (!submitted.ok) throw new Error(submitted.refusal.message);
        decision = submitted;
      }
      await projections.recordTransition({
        workflowId: initiativeWorkflowId(roundId, number),
        initiative: decision.initiative,
        record: decision.record,
      });
    },

    /** What a person was told in the app, oldest first. */
    async inbox(userId: string, kind?: string): Promise<Notified[]> {
      const rows: {
        kind: string;
        event_key: string;
        created_at: Date;
        subject: string;
        body_text: string;
      }[] = await dataSource.query(
        `SELECT kind, event_key, created_at, subject, body_text FROM notification
           WHERE channel = 'inApp' AND recipient_id = $1 AND ($2::text IS NULL OR kind = $2)
           ORDER BY created_at, event_key`,
        [userId, kind ?? null],
      );
      return rows.map((row) => ({
        kind: row.kind,
        eventKey: row.event_key,
        at: row.created_at,
        subject: row.subject,
        text: row.body_text,
      }));
    },

    /** Lets the test server's clock run on to an instant (its timers fire on the way). */
    async sleepUntil(instant: string) {
      const wait = Date.parse(instant) - (await env.currentTimeMs());
      if (wait > 0) await env.sleep(wait);
    },

    async now() {
      return new Date(await env.currentTimeMs());
    },

    async stop() {
      worker.shutdown();
      await running;
      await dataSource.destroy();
      await env.teardown();
      await database.drop();
    },
  };
}

function form(party: Actor): InitiativeForm {
  return {
    title: `Forslag fra ${party.partyGroups[0]}`,
    submittedBy: { kind: 'partyGroups', partyGroups: party.partyGroups },
    purpose: 'Et formål',
    background: '',
    economy: { establishmentCosts: {}, salaries: {}, otherOperations: {}, staffFteTenths: {} },
    elaboration: '',
    financing: [],
    commitmentBudgeting: null,
    scalable: null,
    agreementTextDraft: '',
    sustainableDevelopmentGoals: '',
  };
}
