import {
  commandLabels,
  formatDanishDateTime,
  type InitiativeRef,
  instantOf,
  type MilestoneChange,
  type NotificationEvent,
  type QuestionRef,
  stateLabels,
  submittedByLabel,
} from '@budgetflow/domain';
import {
  calendarLink,
  initiativeLink,
  initiativesLink,
  type LinkOptions,
  questionLink,
} from './links';
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
  const toQuestion = (question: QuestionRef) =>
    questionLink(options, event.roundId, question.number);
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
    case 'workReleased':
      return {
        subject: `Administrationens svar er frigivet i ${event.roundName}`,
        blocks: [
          {
            paragraph:
              `Koordinatorerne har frigivet administrationens vurderinger, prisfastsættelser og ` +
              `svar på budgetspørgsmål i ${event.roundName}, afgivet til og med ${when(event.releasedUntil)}.`,
          },
          { paragraph: 'De er nu synlige for alle partigrupper på samme tid.' },
        ],
        link: initiativesLink(options, event.roundId),
        linkLabel: 'Se forslagene',
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
    case 'questionAsked':
      return {
        subject: `Nyt budgetspørgsmål ${event.question.number} fra ${event.question.partyGroup}`,
        blocks: [
          {
            paragraph:
              `${questionName(event.question)} er stillet til administrationen den ` +
              `${when(event.at)} og skal besvares senest ${when(event.dueAt)}.`,
          },
          quoted(event.question),
        ],
        link: toQuestion(event.question),
        linkLabel: 'Se spørgsmålet',
      };
    case 'questionAnswered': {
      const what = event.corrected ? 'Svaret på' : 'Administrationen har besvaret';
      return {
        subject: event.corrected
          ? `Rettet svar på budgetspørgsmål ${event.question.number}`
          : `Svar på budgetspørgsmål ${event.question.number}`,
        blocks: [
          {
            paragraph: event.corrected
              ? `${what} ${questionName(event.question, false)} er rettet den ${when(event.at)}.`
              : `${what} ${questionName(event.question, false)} den ${when(event.at)}.`,
          },
          quoted(event.question),
          event.answer === null
            ? {
                paragraph:
                  'Svaret offentliggøres for alle partigrupper på samme tidspunkt, når ' +
                  'koordinatorerne frigiver administrationens svar.',
              }
            : { paragraph: `Svaret: »${event.answer}«` },
        ],
        link: toQuestion(event.question),
        linkLabel: event.answer === null ? 'Se spørgsmålet' : 'Se svaret',
      };
    }
    case 'questionReminder':
      return {
        subject: `Påmindelse: budgetspørgsmål ${event.question.number} skal besvares senest ${when(event.dueAt)}`,
        blocks: [
          {
            paragraph:
              `${questionName(event.question)} skal besvares senest ${when(event.dueAt)} ` +
              'og er endnu ikke besvaret.',
          },
          quoted(event.question),
        ],
        link: toQuestion(event.question),
        linkLabel: 'Se spørgsmålet',
      };
    case 'questionOverdue':
      return {
        subject: `Fristen er overskredet: budgetspørgsmål ${event.question.number} fra ${event.question.partyGroup}`,
        blocks: [
          {
            paragraph:
              `Svarfristen for ${questionName(event.question, false)} var ` +
              `${when(event.dueAt)}, og spørgsmålet er ikke besvaret.`,
          },
          quoted(event.question),
        ],
        link: toQuestion(event.question),
        linkLabel: 'Se spørgsmålet',
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

/** "Budgetspørgsmål 3 fra Enhedslisten (om forslag 4.2)". */
function questionName(question: QuestionRef, start = true): string {
  const about = question.initiative ? ` om forslag ${question.initiative}` : '';
  const word = start ? 'Budgetspørgsmål' : 'budgetspørgsmål';
  return `${word} ${question.number} fra ${question.partyGroup}${about}`;
}

/** The question as it was asked, quoted in the message. */
function quoted(question: QuestionRef): { paragraph: string } {
  return { paragraph: `Spørgsmålet: »${question.text}«` };
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
