import { isReleased, type NotificationEvent, questionDueAt, reviewDueAt } from '@budgetflow/domain';
import {
  BudgetQuestionRepository,
  type RoundCalendarRepository,
  RoundPublicationRepository,
} from '@budgetflow/persistence';
import type { RoundActivities } from '@budgetflow/workflows';
import type { DataSource, EntityManager } from 'typeorm';

/** Where notifications are written: inside the caller's transaction. */
export interface NotificationSink {
  enqueue(db: EntityManager, event: NotificationEvent): Promise<void>;
}

export interface RoundActivityDeps {
  readonly dataSource: DataSource;
  readonly calendars: RoundCalendarRepository;
  readonly notifications: NotificationSink;
  /** Made from the data source unless given. */
  readonly questions?: BudgetQuestionRepository;
  readonly publications?: RoundPublicationRepository;
}

/** The round workflow's activities. Every notification key is derived from what caused it. */
export function createRoundActivities({
  dataSource,
  calendars,
  notifications,
  questions = new BudgetQuestionRepository(dataSource),
  publications = new RoundPublicationRepository(dataSource),
}: RoundActivityDeps): RoundActivities {
  const notify = (events: NotificationEvent[]) =>
    dataSource.transaction(async (db) => {
      for (const event of events) await notifications.enqueue(db, event);
    });

  return {
    async projectRound(snapshot) {
      await calendars.record(snapshot, (task) => reviewDueAt(task, snapshot.calendar));
      // Each question's due instant as the calendar now makes it: a moved deadline moves it.
      await questions.record(
        snapshot.round.id,
        snapshot.version,
        (snapshot.questions ?? []).map((question) => ({
          ...question,
          dueAt: questionDueAt(question, snapshot.calendar),
        })),
      );
    },

    async announceCalendarChange({ round, calendarVersion, changes, actorId, at }) {
      await notify([
        {
          kind: 'calendarChanged',
          key: `calendar/${round.id}/${calendarVersion}`,
          roundId: round.id,
          roundName: round.name,
          changes,
          actorId,
          at,
        },
      ]);
    },

    async announceReviewTask({ roundId, initiative, dueAt, at }) {
      await notify([
        {
          kind: 'reviewTask',
          key: `review-task/${roundId}/${initiative.number}`,
          roundId,
          initiative,
          dueAt,
          at,
        },
      ]);
    },

    async announceQuestion({ roundId, question, dueAt, actorId, at }) {
      await notify([
        {
          kind: 'questionAsked',
          key: `question-asked/${roundId}/${question.number}`,
          roundId,
          question,
          dueAt,
          actorId,
          at,
        },
      ]);
    },

    async announceAnswer({ roundId, question, answer, answerCount, corrected }) {
      // Held back, the answer reaches the asking party group with everyone else's, at the
      // release: the notification then only says that it is answered.
      const released = isReleased(answer.at, await publications.find(roundId));
      await notify([
        {
          kind: 'questionAnswered',
          key: `question-answered/${roundId}/${question.number}/${answerCount}`,
          roundId,
          question,
          answer: released ? answer.text : null,
          corrected,
          actorId: answer.by,
          at: answer.at,
        },
      ]);
    },

    async sendReminder({ round, reminder, initiative, question, at }) {
      const key = `reminder/${round.id}/${reminder.key}`;
      const base = { roundId: round.id, at };
      switch (reminder.kind) {
        case 'submissionReminder': {
          // One reminder per party group, listing its own drafts only.
          const drafts = await calendars.drafts(round.id);
          const parties = [...new Set(drafts.flatMap((draft) => draft.partyGroups))].sort();
          await notify(
            parties.map((partyGroup) => ({
              ...base,
              kind: 'submissionReminder',
              key: `${key}/${partyGroup}`,
              roundName: round.name,
              partyGroup,
              deadline: reminder.deadline,
              drafts: drafts
                .filter((draft) => draft.partyGroups.includes(partyGroup))
                .map(({ number, title }) => ({ number, title })),
            })),
          );
          return;
        }
        case 'reviewReminder':
        case 'reviewOverdue':
          if (!initiative) return;
          await notify([{ ...base, kind: reminder.kind, key, initiative, dueAt: reminder.dueAt }]);
          return;
        case 'questionReminder':
        case 'questionOverdue':
          if (!question) return;
          await notify([{ ...base, kind: reminder.kind, key, question, dueAt: reminder.dueAt }]);
          return;
        case 'agendaReminder': {
          const pending = await calendars.undecided(round.id);
          if (pending.length === 0) return;
          await notify([
            {
              ...base,
              kind: 'agendaReminder',
              key,
              meetingTitle: reminder.meetingTitle,
              meetingAt: reminder.meetingAt,
              agendaDeadline: reminder.agendaDeadline,
              pending: pending.map(({ number, title, state }) => ({ number, title, state })),
            },
          ]);
          return;
        }
      }
    },
  };
}
