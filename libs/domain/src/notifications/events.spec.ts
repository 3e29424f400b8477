import type { Actor } from '../actor';
import {
  coordinator,
  enhedslistenMember,
  member,
  official,
  socialdemokratietMember,
  systemAdministrator,
  venstreMember,
} from '../lifecycle/fixtures.spec-helper';
import { audienceOf, type InitiativeRef, isInAudience, type NotificationEvent } from './events';

const base = { key: 'event-1', roundId: 'budget-2026-2029', at: '2025-04-16T12:00:00Z' };
const omsorgstopmoede: InitiativeRef = {
  number: '4.2',
  title: 'Omsorgstopmøde',
  partyGroups: ['Enhedslisten'],
};
const sengepladser: InitiativeRef = {
  number: '4.5',
  title: 'Flere psykiatriske sengepladser',
  partyGroups: ['Venstre', 'Enhedslisten'],
};

/** Another Enhedslisten member than the one who acts, another coordinator than the one who acts. */
const otherEnhedslistenMember = member('eva.ø', 'Enhedslisten');
const otherCoordinator: Actor = { id: 'kirsten.koord', role: 'coordinator', partyGroups: [] };
const everyone = {
  actor: enhedslistenMember,
  otherEnhedslistenMember,
  venstreMember,
  socialdemokratietMember,
  official,
  coordinator,
  otherCoordinator,
  systemAdministrator,
};

/** Who of everyone the event reaches, by name. */
function reached(event: NotificationEvent): string[] {
  const audience = audienceOf(event);
  return Object.entries(everyone)
    .filter(([, recipient]) => isInAudience(audience, recipient))
    .map(([name]) => name);
}

describe('who is told', () => {
  it("tells the initiative's party group and the coordinators of a step, but not the actor", () => {
    const event: NotificationEvent = {
      ...base,
      kind: 'stateChanged',
      initiative: omsorgstopmoede,
      command: 'submit',
      from: 'draft',
      to: 'submitted',
      actorId: enhedslistenMember.id,
    };
    expect(reached(event)).toEqual(['otherEnhedslistenMember', 'coordinator', 'otherCoordinator']);
  });

  it('tells the members of every party group behind a joint initiative', () => {
    const event: NotificationEvent = {
      ...base,
      kind: 'stateChanged',
      initiative: { ...omsorgstopmoede, partyGroups: ['Socialdemokratiet', 'Venstre'] },
      command: 'openNegotiation',
      from: 'costed',
      to: 'inNegotiation',
      actorId: coordinator.id,
    };
    expect(reached(event)).toEqual([
      'venstreMember',
      'socialdemokratietMember',
      'otherCoordinator',
    ]);
  });

  it('reaches party groups only through members, not through an official listed with one', () => {
    const audience = audienceOf({
      ...base,
      kind: 'stateChanged',
      initiative: omsorgstopmoede,
      command: 'submit',
      from: 'draft',
      to: 'submitted',
      actorId: 'someone',
    });
    expect(isInAudience(audience, { ...official, partyGroups: ['Enhedslisten'] })).toBe(false);
    expect(isInAudience(audience, member('multi', 'Venstre', 'Enhedslisten'))).toBe(true);
  });

  it('tells the party groups of both initiatives of a merge, each once', () => {
    const event: NotificationEvent = {
      ...base,
      kind: 'merged',
      source: omsorgstopmoede,
      target: sengepladser,
      actorId: coordinator.id,
    };
    expect(audienceOf(event)).toEqual({
      roles: ['coordinator'],
      partyGroups: ['Enhedslisten', 'Venstre'],
      except: [coordinator.id],
    });
    expect(reached(event)).toEqual([
      'actor', // the Enhedslisten member did not act here
      'otherEnhedslistenMember',
      'venstreMember',
      'otherCoordinator',
    ]);
  });

  it('tells everyone but system administrators of a calendar change, except who made it', () => {
    const event: NotificationEvent = {
      ...base,
      kind: 'calendarChanged',
      roundName: 'Budget 2026',
      changes: [],
      actorId: coordinator.id,
    };
    expect(reached(event)).toEqual([
      'actor',
      'otherEnhedslistenMember',
      'venstreMember',
      'socialdemokratietMember',
      'official',
      'otherCoordinator',
    ]);
  });

  it('reminds only the party group of its drafts', () => {
    const event: NotificationEvent = {
      ...base,
      kind: 'submissionReminder',
      roundName: 'Budget 2026',
      partyGroup: 'Enhedslisten',
      deadline: '2025-04-23T10:00:00Z',
      drafts: [{ number: '4.2', title: 'Omsorgstopmøde' }],
    };
    expect(reached(event)).toEqual(['actor', 'otherEnhedslistenMember']);
  });

  it('gives review tasks and reminders to the administration, escalates to the coordinators', () => {
    const review = { ...base, initiative: omsorgstopmoede, dueAt: '2025-05-05T14:00:00Z' };
    expect(reached({ ...review, kind: 'reviewTask' })).toEqual(['official']);
    expect(reached({ ...review, kind: 'reviewReminder' })).toEqual(['official']);
    expect(reached({ ...review, kind: 'reviewOverdue' })).toEqual([
      'official',
      'coordinator',
      'otherCoordinator',
    ]);
  });

  it('gives the coordinators the list before an agenda deadline', () => {
    const event: NotificationEvent = {
      ...base,
      kind: 'agendaReminder',
      meetingTitle: 'Regionsrådets møde',
      meetingAt: '2025-09-02T11:00:00Z',
      agendaDeadline: '2025-08-26T10:00:00Z',
      pending: [],
    };
    expect(reached(event)).toEqual(['coordinator', 'otherCoordinator']);
  });
});
