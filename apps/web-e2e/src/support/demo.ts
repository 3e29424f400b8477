import { uniqueId } from '@budgetflow/testing';
import { nextDemoRound, nextRoundDrafts } from '../../../../scripts/demo/calendars';
import { type DemoPerson, demoPeople, memberOf } from '../../../../scripts/demo/people';

// What the browser tests start from: the demo's people (scripts/demo), and the demo's next round,
// "Budget 2028-2031", with the parties' two drafts. Its calendar has fixed dates (the deadline is
// 21 May 2027), so nothing here is submitted: a test that takes steps makes a round of its own,
// dated from today (support/rounds.ts).

export interface Person {
  /** As the app shows it, e.g. "Karen Koordinator". */
  readonly name: string;
  /** What goes in the sign-in form's "Brugernavn". */
  readonly username: string;
  readonly password: string;
  readonly role: DemoPerson['role'];
  readonly partyGroups: readonly string[];
}

/** Who the tests act as: one person per role, and members of four party groups. */
const personIds = {
  coordinator: 'demo-koordinator',
  administration: 'demo-administration',
  systemAdministrator: 'demo-system',
  enhedslisten: 'demo-enhedslisten',
  socialdemokratiet: 'demo-socialdemokratiet',
  sf: 'demo-sf',
  venstre: 'demo-venstre',
} as const;

export type People = { readonly [Key in keyof typeof personIds]: Person };

export function peopleOf(passwords: Readonly<Record<string, string>>): People {
  const person = (id: string): Person => {
    const demo = demoPeople.find((candidate) => candidate.id === id);
    const password = passwords[id];
    if (!demo || !password) throw new Error(`No demo person ${id} with a password`);
    return {
      name: demo.name,
      username: demo.id,
      password,
      role: demo.role,
      partyGroups: demo.partyGroups,
    };
  };
  return Object.fromEntries(
    Object.entries(personIds).map(([key, id]) => [key, person(id)]),
  ) as unknown as People;
}

/** A round as the tests address it. */
export interface RoundRef {
  readonly id: string;
  readonly name: string;
}

/** The drafts the tests find: 4.1 (Enhedslisten) and 5.2 (Socialdemokratiet and SF). */
export const drafts = nextRoundDrafts.map(({ number, form }) => ({ number, title: form.title }));

/**
 * Loads the demo's round through the API, each draft made by a member of the party group whose it
 * is. The jest run's systems share one Temporal namespace, where a workflow's id is made of the
 * round's and the initiative's: each system's round has an id of its own.
 */
export async function seedDemo(
  api: (method: string, path: string, username: string, body?: object) => Promise<unknown>,
): Promise<RoundRef> {
  const round = { id: uniqueId(nextDemoRound.id), name: nextDemoRound.name };
  await api('POST', '/rounds', personIds.coordinator, { ...nextDemoRound, ...round });
  for (const draft of nextRoundDrafts) {
    await api('POST', `/rounds/${round.id}/initiatives`, memberOf(draft.partyGroups).id, {
      number: draft.number,
      ...draft.form,
    });
  }
  return round;
}
