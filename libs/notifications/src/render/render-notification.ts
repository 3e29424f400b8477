import {
  commandLabels,
  formatDanishDateTime,
  type InitiativeRef,
  instantOf,
  type MilestoneChange,
  type NotificationEvent,
  stateLabels,
  submittedByLabel,
} from '@budgetflow/domain';
import { calendarLink, initiativeLink, type LinkOptions } from './links';
import { type Message, messageHtml, messageText } from './message';

/** A notification as it is shown: in the inbox, and as the content of an e-mail. */
export interface RenderedNotification {
  readonly subject: string;
  readonly text: string;
  /** The content as an HTML fragment (escaped); the e-mail's layout is added when sending. */
  readonly html: string;
  readonly link: string;
}

/** The notification of an event, in Danish, with a link to what it is about. */
export function renderNotification(
  event: NotificationEvent,
  options: LinkOptions,
): RenderedNotification {
  const message = messageOf(event, options);
  return {
    subject: message.subject,
    text: messageText(message),
    html: messageHtml(message),
    link: message.link,
  };
}

function messageOf(event: NotificationEvent, options: LinkOptions): Message {
  const toInitiative = (number: string) => initiativeLink(options, event.roundId, number);
  const toCalendar = calendarLink(options, event.roundId);
  switch (event.kind) {
    case 'stateChanged': {
      const { initiative, from, to } = event;
      // A step within a state (the review's comments) is named by what happened, not the state.
      const sameState = from === to;
      const change = sameState
        ? `har fået et nyt skridt: ${commandLabels[event.command].toLowerCase()}`
        : from
          ? `har skiftet status fra »${stateLabels[from]}« til »${stateLabels[to]}«`
          : `har nu status »${stateLabels[to]}«`;
      const headline = sameState ? commandLabels[event.command] : stateLabels[to];
      return {
        subject: `Forslag ${nameOf(initiative)}: ${headline}${event.late ? ' (efter fristen)' : ''}`,
        blocks: [
          { paragraph: `Forslag ${nameOf(initiative)}${partyOf(initiative)} ${change}.` },
          { paragraph: `${commandLabels[event.command]} den ${when(event.at)}.` },
          ...(event.late ? [{ paragraph: 'Forslaget er indsendt efter fristen.' }] : []),
        ],
        link: toInitiative(initiative.number),
        linkLabel: 'Se forslaget',
      };
    }
    case 'merged': {
      const { source, target } = event;
      return {
        subject: `Forslag ${nameOf(source)} er indarbejdet i ${nameOf(target)}`,
        blocks: [
          {
            paragraph:
              `Forslag ${nameOf(source)}${partyOf(source)} er indarbejdet i forslag ` +
              `${nameOf(target)}${partyOf(target)} den ${when(event.at)}.`,
          },
          {
            paragraph: `Forslag ${source.number} indgår herefter i forhandlingerne som en del af ${target.number}.`,
          },
        ],
        link: toInitiative(target.number),
        linkLabel: `Se forslag ${target.number}`,
      };
    }
    case 'calendarChanged':
      return {
        subject: `Ændrede datoer i ${event.roundName}`,
        blocks: [
          { paragraph: `Kalenderen for ${event.roundName} er ændret:` },
          { list: event.changes.map((change) => ({ text: describeChange(change) })) },
        ],
        link: toCalendar,
        linkLabel: 'Se kalenderen',
      };
    case 'submissionReminder': {
      const count = event.drafts.length;
      return {
        subject:
          `Påmindelse: ${count} ${count === 1 ? 'kladde' : 'kladder'} er ikke indsendt ` +
          `– fristen er ${when(event.deadline)}`,
        blocks: [
          {
            paragraph:
              `Fristen for at indsende budgetinitiativer til ${event.roundName} er ` +
              `${when(event.deadline)}. ${event.partyGroup} har ` +
              `${count === 1 ? 'en kladde' : `${count} kladder`}, der endnu ikke er indsendt:`,
          },
          {
            list: event.drafts.map((draft) => ({
              text: nameOf(draft),
              link: toInitiative(draft.number),
            })),
          },
        ],
        link: toCalendar,
        linkLabel: 'Se kalenderen',
      };
    }
    case 'reviewTask':
      return {
        subject: `Ny opgave: administrativ behandling af ${nameOf(event.initiative)}`,
        blocks: [
          {
            paragraph:
              `Forslag ${nameOf(event.initiative)}${partyOf(event.initiative)} er indsendt og ` +
              `skal behandles og prisfastsættes af administrationen senest ${when(event.dueAt)}.`,
          },
        ],
        link: toInitiative(event.initiative.number),
        linkLabel: 'Se forslaget',
      };
    case 'reviewReminder':
      return {
        subject: `Påmindelse: ${nameOf(event.initiative)} skal være behandlet senest ${when(event.dueAt)}`,
        blocks: [
          {
            paragraph:
              `Den administrative behandling af forslag ${nameOf(event.initiative)}` +
              `${partyOf(event.initiative)} skal være afsluttet senest ${when(event.dueAt)}.`,
          },
        ],
        link: toInitiative(event.initiative.number),
        linkLabel: 'Se forslaget',
      };
    case 'reviewOverdue':
      return {
        subject: `Fristen er overskredet: administrativ behandling af ${nameOf(event.initiative)}`,
        blocks: [
          {
            paragraph:
              `Fristen for den administrative behandling af forslag ${nameOf(event.initiative)}` +
              `${partyOf(event.initiative)} var ${when(event.dueAt)}, og behandlingen er ikke afsluttet.`,
          },
        ],
        link: toInitiative(event.initiative.number),
        linkLabel: 'Se forslaget',
      };
    case 'agendaReminder': {
      const count = event.pending.length;
      return {
        subject:
          `Dagsordensfrist ${when(event.agendaDeadline)}: ${count} forslag til ` +
          `${event.meetingTitle} er ikke afklaret`,
        blocks: [
          {
            paragraph:
              `Materialet til ${event.meetingTitle} (${when(event.meetingAt)}) skal være klar ` +
              `til dagsordenen senest ${when(event.agendaDeadline)}.`,
          },
          ...(count === 0
            ? [{ paragraph: 'Alle forslag er afklaret.' }]
            : [
                {
                  paragraph:
                    count === 1
                      ? 'Dette forslag er endnu ikke afklaret:'
                      : `Disse ${count} forslag er endnu ikke afklaret:`,
                },
                {
                  list: event.pending.map((item) => ({
                    text: `${nameOf(item)} (${stateLabels[item.state]})`,
                    link: toInitiative(item.number),
                  })),
                },
              ]),
        ],
        link: toCalendar,
        linkLabel: 'Se kalenderen',
      };
    }
  }
}

/** "4.2 Omsorgstopmøde"; the number alone when the title is not known. */
function nameOf(initiative: Pick<InitiativeRef, 'number' | 'title'>): string {
  return `${initiative.number} ${initiative.title}`.trim();
}

/** " (Socialdemokratiet og SF)", or nothing for the administration's own initiatives. */
function partyOf(initiative: InitiativeRef): string {
  return initiative.partyGroups.length > 0
    ? ` (${submittedByLabel({ kind: 'partyGroups', partyGroups: initiative.partyGroups })})`
    : '';
}

const when = formatDanishDateTime;

function describeChange(change: MilestoneChange): string {
  const at = (point: { date: string; time: string }) => when(instantOf(point.date, point.time));
  if (change.before && change.after) {
    return `${change.title}: flyttet fra ${at(change.before)} til ${at(change.after)}`;
  }
  if (change.after) return `${change.title}: ny, ${at(change.after)}`;
  return `${change.title}: udgår (var ${at(change.before!)})`;
}
