import { nextDemoRound, nextRoundDrafts } from '../../../../scripts/demo/calendars';
import { type DemoPerson, demoPeople, memberOf } from '../../../../scripts/demo/people';

// What the browser tests start from: the demo's people (scripts/demo), and the demo's next round,
// "Budget 2028-2031", open for submissions (deadline 21 May 2027) with the parties' two drafts
// and one submitted initiative that others can be merged into.

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

/** The round the tests work in. */
export const round = { id: nextDemoRound.id, name: nextDemoRound.name } as const;

/** Venstre's initiative, submitted before the tests start: a target to merge others into. */
export const submittedInitiative = {
  number: '4.4',
  partyGroups: ['Venstre'],
  form: {
    title: 'Flere jordemødre på fødeafdelingerne',
    submittedBy: { kind: 'partyGroups', partyGroups: ['Venstre'] },
    purpose: 'Ti flere jordemødre, så hver fødende har en fast jordemoder under hele fødslen.',
    economy: { salaries: { '2028': 6, '2029': 6, '2030': 6, '2031': 6 } },
    financing: [{ area: 'health', share: '1' }],
  },
} as const;

/** The drafts the tests find: 4.1 (Enhedslisten) and 5.2 (Socialdemokratiet and SF). */
export const drafts = nextRoundDrafts.map(({ number, form }) => ({ number, title: form.title }));

/** Loads the round through the API, each step taken by the demo person whose step it is. */
export async function seedDemo(
  api: (method: string, path: string, username: string, body?: object) => Promise<unknown>,
): Promise<void> {
  await api('POST', '/rounds', personIds.coordinator, nextDemoRound);
  for (const draft of [...nextRoundDrafts, submittedInitiative]) {
    await api('POST', `/rounds/${round.id}/initiatives`, memberOf(draft.partyGroups).id, {
      number: draft.number,
      ...draft.form,
    });
  }
  await api(
    'POST',
    `/rounds/${round.id}/initiatives/${submittedInitiative.number}/submit`,
    memberOf(submittedInitiative.partyGroups).id,
    {},
  );
}
