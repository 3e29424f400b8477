import { type CalendarEntry, milestoneKindLabels } from '@budgetflow/domain';
import ical, { ICalCalendarMethod } from 'ical-generator';

export interface FeedRound {
  readonly roundId: string;
  readonly roundName: string;
  readonly entries: readonly CalendarEntry[];
}

// How long an entry lasts in the calendar program: a meeting blocks the afternoon, a deadline
// is a marker.
const MEETING_MINUTES = 180;
const DEADLINE_MINUTES = 30;

/** An iCalendar feed of the rounds' dates, with stable event ids so updates replace entries. */
export function renderCalendarFeed(
  title: string,
  rounds: readonly FeedRound[],
  publicUrl: string,
): string {
  const calendar = ical({
    name: title,
    prodId: { company: 'Budgetflow', product: 'Budgetflow', language: 'DA' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  for (const round of rounds) {
    for (const entry of round.entries) {
      const start = new Date(entry.at);
      const minutes = entry.kind === 'meeting' ? MEETING_MINUTES : DEADLINE_MINUTES;
      calendar.createEvent({
        id: `${round.roundId}/${entry.id}@budgetflow`,
        start,
        end: new Date(start.getTime() + minutes * 60_000),
        summary: `${entry.title} (${round.roundName})`,
        description: describe(entry, round.roundName),
        url: entry.number
          ? `${publicUrl}/runder/${round.roundId}/forslag/${entry.number}`
          : `${publicUrl}/runder/${round.roundId}/kalender`,
      });
    }
  }
  return calendar.toString();
}

function describe(entry: CalendarEntry, roundName: string): string {
  if (entry.kind === 'agendaDeadline') return `Materiale til mødet skal være klar. ${roundName}.`;
  if (entry.kind === 'reviewDue') {
    return `Administrationens bemærkninger og prisfastsættelse skal være færdige. ${roundName}.`;
  }
  return `${milestoneKindLabels[entry.kind]}. ${roundName}.`;
}
