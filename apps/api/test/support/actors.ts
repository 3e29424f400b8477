/** Request headers naming who acts (see apps/api/src/http/actor.decorator.ts). */
export type ActorHeaders = Record<string, string>;

export const as = {
  party: (...partyGroups: string[]): ActorHeaders => ({
    'x-actor-id': `medlem-${partyGroups.join('-').toLowerCase()}`,
    'x-actor-role': 'partyGroupMember',
    'x-actor-party-groups': partyGroups.map(encodeURIComponent).join(','),
  }),
  administration: { 'x-actor-id': 'embedsmand', 'x-actor-role': 'administration' } as ActorHeaders,
  coordinator: { 'x-actor-id': 'koordinator', 'x-actor-role': 'coordinator' } as ActorHeaders,
};
