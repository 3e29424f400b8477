import type { NotificationEvent } from '@budgetflow/domain';
import type { DirectoryUser } from '@budgetflow/persistence';

export const people = {
  koordinator: {
    id: 'karin.k',
    name: 'Karin Koordinator',
    email: 'karin@region.example.dk',
    role: 'coordinator',
    partyGroups: [],
  },
  mette: {
    id: 'mette.ø',
    name: 'Mette Ø',
    email: 'mette@el.example.dk',
    role: 'partyGroupMember',
    partyGroups: ['Enhedslisten'],
  },
  jens: {
    id: 'jens.ø',
    name: 'Jens Ø',
    email: 'jens@el.example.dk',
    role: 'partyGroupMember',
    partyGroups: ['Enhedslisten'],
  },
  sofie: {
    id: 'sofie.a',
    name: 'Sofie A',
    email: 'sofie@s.example.dk',
    role: 'partyGroupMember',
    partyGroups: ['Socialdemokratiet'],
  },
  /** In the directory without an e-mail address: the inbox only. */
  embedsmand: {
    id: 'embedsmand',
    name: 'Erik Embedsmand',
    email: null,
    role: 'administration',
    partyGroups: [],
  },
} satisfies Record<string, DirectoryUser>;

let seq = 0;

/** Mette submits Enhedslisten's 4.2: the coordinator and Jens are told, Mette is not. */
export function submitted(
  roundId: string,
  overrides: Partial<{ number: string; title: string }> = {},
): NotificationEvent {
  seq += 1;
  return {
    kind: 'stateChanged',
    key: `transition/initiative/${roundId}/${overrides.number ?? '4.2'}/${seq}`,
    roundId,
    at: '2025-09-02T11:00:00Z',
    initiative: {
      number: overrides.number ?? '4.2',
      title: overrides.title ?? 'Omsorgstopmøde',
      partyGroups: ['Enhedslisten'],
    },
    command: 'submit',
    from: 'draft',
    to: 'submitted',
    actorId: people.mette.id,
  };
}
