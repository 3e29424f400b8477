import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The council's party groups in the demo, with the letters they go by. */
export const demoPartyGroups = [
  { name: 'Socialdemokratiet', shortName: 'A' },
  { name: 'Det Konservative Folkeparti', shortName: 'C' },
  { name: 'SF', shortName: 'F' },
  { name: 'Dansk Folkeparti', shortName: 'O' },
  { name: 'Venstre', shortName: 'V' },
  { name: 'Enhedslisten', shortName: 'Ø' },
] as const;

type PartyGroupName = (typeof demoPartyGroups)[number]['name'];

export interface DemoPerson {
  readonly id: string;
  readonly name: string;
  readonly role: 'partyGroupMember' | 'administration' | 'coordinator' | 'systemAdministrator';
  readonly partyGroups: readonly PartyGroupName[];
}

const member = (partyGroup: PartyGroupName, name: string): DemoPerson => ({
  id: `demo-${partyGroup.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  role: 'partyGroupMember',
  partyGroups: [partyGroup],
});

/** One person per role, and a member of each party group: each acts in the demo as themselves. */
export const demoPeople: readonly DemoPerson[] = [
  {
    id: 'demo-system',
    name: 'Sune Systemadministrator',
    role: 'systemAdministrator',
    partyGroups: [],
  },
  { id: 'demo-koordinator', name: 'Karen Koordinator', role: 'coordinator', partyGroups: [] },
  {
    id: 'demo-administration',
    name: 'Anders Administration',
    role: 'administration',
    partyGroups: [],
  },
  member('Enhedslisten', 'Emma Enhedslisten'),
  member('Socialdemokratiet', 'Søren Socialdemokrat'),
  member('SF', 'Sara SF'),
  member('Venstre', 'Villads Venstre'),
  member('Det Konservative Folkeparti', 'Karl Konservativ'),
  member('Dansk Folkeparti', 'Dorthe Dansk Folkeparti'),
];

export const demoEmail = (person: DemoPerson) => `${person.id}@region.example`;

/** The demo member who acts for a party's initiatives (a joint one: a member of one of them). */
export function memberOf(partyGroups: readonly string[]): DemoPerson {
  const person = demoPeople.find(
    (candidate) =>
      candidate.role === 'partyGroupMember' &&
      candidate.partyGroups.some((group) => partyGroups.includes(group)),
  );
  if (!person) throw new Error(`No demo member of ${partyGroups.join(' and ')}`);
  return person;
}

/**
 * The demo people's passwords, made once per data folder and kept in it (git-ignored, readable
 * by its owner only), so that they stay the same across restarts.
 */
export function demoPasswords(file: string): Record<string, string> {
  const kept: Record<string, string> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
    : {};
  const missing = demoPeople.filter((person) => !kept[person.id]);
  if (missing.length === 0) return kept;
  for (const person of missing) kept[person.id] = randomBytes(12).toString('base64url');
  writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`, { mode: 0o600 });
  return kept;
}

/** The passwords as they are kept; fails when the demo accounts were never made. */
export function readDemoPasswords(file: string): Record<string, string> {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: npm start makes the demo accounts and their passwords`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}
