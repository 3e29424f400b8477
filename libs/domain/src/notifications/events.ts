import type { Role } from '../actor';
import type { MilestoneChange } from '../calendar/calendar';
import type { CommandType } from '../lifecycle/commands';
import type { LifecycleState } from '../lifecycle/states';

/** A budget question as a notification names it. */
export interface QuestionRef {
  readonly number: number;
  readonly partyGroup: string;
  /** The initiative it is about, or null. */
  readonly initiative: string | null;
  readonly text: string;
}

/** An initiative as a notification names it. */
export interface InitiativeRef {
  readonly number: string;
  readonly title: string;
  readonly partyGroups: readonly string[];
}

interface EventBase {
  /** Unique per event: with the recipient and channel it makes delivery idempotent. */
  readonly key: string;
  readonly roundId: string;
  /** When it happened (workflow time), ISO. */
  readonly at: string;
}

/** Something people are told about, in the inbox and by e-mail. */
export type NotificationEvent =
  | (EventBase & {
      readonly kind: 'stateChanged';
      readonly initiative: InitiativeRef;
      readonly command: CommandType;
      readonly from: LifecycleState | null;
      readonly to: LifecycleState;
      readonly actorId: string;
      readonly late?: boolean;
    })
  | (EventBase & {
      readonly kind: 'merged';
      readonly source: InitiativeRef;
      readonly target: InitiativeRef;
      readonly actorId: string;
    })
  | (EventBase & {
      readonly kind: 'calendarChanged';
      readonly roundName: string;
      readonly changes: readonly MilestoneChange[];
      readonly actorId: string;
    })
  | (EventBase & {
      readonly kind: 'submissionReminder';
      readonly roundName: string;
      readonly partyGroup: string;
      readonly deadline: string;
      readonly drafts: readonly { readonly number: string; readonly title: string }[];
    })
  | (EventBase & {
      readonly kind: 'reviewTask';
      readonly initiative: InitiativeRef;
      readonly dueAt: string;
    })
  | (EventBase & {
      readonly kind: 'reviewReminder';
      readonly initiative: InitiativeRef;
      readonly dueAt: string;
    })
  | (EventBase & {
      readonly kind: 'reviewOverdue';
      readonly initiative: InitiativeRef;
      readonly dueAt: string;
    })
  | (EventBase & {
      readonly kind: 'questionAsked';
      readonly question: QuestionRef;
      readonly dueAt: string;
      readonly actorId: string;
    })
  | (EventBase & {
      readonly kind: 'questionAnswered';
      readonly question: QuestionRef;
      /** The answer, or null while fair publication holds it back for the round's release. */
      readonly answer: string | null;
      /** A correction of an earlier answer. */
      readonly corrected: boolean;
      readonly actorId: string;
    })
  | (EventBase & {
      readonly kind: 'questionReminder';
      readonly question: QuestionRef;
      readonly dueAt: string;
    })
  | (EventBase & {
      readonly kind: 'questionOverdue';
      readonly question: QuestionRef;
      readonly dueAt: string;
    })
  | (EventBase & {
      readonly kind: 'workReleased';
      readonly roundName: string;
      /** What the administration recorded until this instant is now seen by every party group. */
      readonly releasedUntil: string;
      readonly actorId: string;
    })
  | (EventBase & {
      readonly kind: 'agendaReminder';
      readonly meetingTitle: string;
      readonly meetingAt: string;
      readonly agendaDeadline: string;
      readonly pending: readonly {
        readonly number: string;
        readonly title: string;
        readonly state: LifecycleState;
      }[];
    });

export type NotificationKind = NotificationEvent['kind'];

export const notificationKinds: readonly NotificationKind[] = [
  'stateChanged',
  'merged',
  'calendarChanged',
  'submissionReminder',
  'reviewTask',
  'reviewReminder',
  'reviewOverdue',
  'agendaReminder',
  'questionAsked',
  'questionAnswered',
  'questionReminder',
  'questionOverdue',
  'workReleased',
];

export const notificationKindLabels: Record<NotificationKind, string> = {
  stateChanged: 'Et forslag skifter status',
  merged: 'Forslag lægges sammen',
  calendarChanged: 'Datoer i budgetrunden ændres',
  submissionReminder: 'Påmindelse om kladder før indsendelsesfristen',
  reviewTask: 'Ny opgave: administrativ behandling',
  reviewReminder: 'Påmindelse om administrativ behandling',
  reviewOverdue: 'Administrativ behandling er overskredet',
  agendaReminder: 'Forslag, der mangler før et mødes dagsordensfrist',
  questionAsked: 'Nyt budgetspørgsmål til administrationen',
  questionAnswered: 'Svar på et budgetspørgsmål',
  questionReminder: 'Påmindelse om svar på budgetspørgsmål',
  questionOverdue: 'Svarfristen for et budgetspørgsmål er overskredet',
  workReleased: 'Administrationens svar er frigivet til alle partigrupper',
};

/**
 * Who is concerned: everyone holding one of `roles`, and the members of `partyGroups`, except
 * the person who acted (they know already).
 */
export interface Audience {
  readonly roles: readonly Role[];
  readonly partyGroups: readonly string[];
  readonly except: readonly string[];
}

export function audienceOf(event: NotificationEvent): Audience {
  switch (event.kind) {
    case 'stateChanged':
      return {
        roles: ['coordinator'],
        partyGroups: event.initiative.partyGroups,
        except: [event.actorId],
      };
    case 'merged':
      return {
        roles: ['coordinator'],
        partyGroups: [...new Set([...event.source.partyGroups, ...event.target.partyGroups])],
        except: [event.actorId],
      };
    case 'calendarChanged':
      return {
        roles: ['partyGroupMember', 'administration', 'coordinator'],
        partyGroups: [],
        except: [event.actorId],
      };
    case 'submissionReminder':
      return { roles: [], partyGroups: [event.partyGroup], except: [] };
    case 'reviewTask':
    case 'reviewReminder':
      return { roles: ['administration'], partyGroups: [], except: [] };
    case 'reviewOverdue':
      return { roles: ['coordinator', 'administration'], partyGroups: [], except: [] };
    case 'agendaReminder':
      return { roles: ['coordinator'], partyGroups: [], except: [] };
    case 'questionAsked':
      return { roles: ['administration'], partyGroups: [], except: [event.actorId] };
    case 'questionAnswered':
      return { roles: [], partyGroups: [event.question.partyGroup], except: [event.actorId] };
    case 'questionReminder':
      return { roles: ['administration'], partyGroups: [], except: [] };
    case 'questionOverdue':
      return { roles: ['coordinator', 'administration'], partyGroups: [], except: [] };
    case 'workReleased':
      // Every party group at once; the administration and the coordinators see that it happened.
      return {
        roles: ['partyGroupMember', 'administration', 'coordinator'],
        partyGroups: [],
        except: [event.actorId],
      };
  }
}

/** Whether a recipient with this role and these party groups is in the audience. */
export function isInAudience(
  audience: Audience,
  recipient: { id: string; role: Role; partyGroups: readonly string[] },
): boolean {
  if (audience.except.includes(recipient.id)) return false;
  if (audience.roles.includes(recipient.role)) return true;
  return (
    recipient.role === 'partyGroupMember' &&
    recipient.partyGroups.some((group) => audience.partyGroups.includes(group))
  );
}
