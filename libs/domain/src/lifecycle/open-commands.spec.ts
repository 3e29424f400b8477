import type { Actor } from '../actor';
import { commandActionLabels } from './commands';
import {
  aForm,
  coordinator,
  enhedslistenMember,
  initiativeIn,
  official,
  requiresFunding,
  systemAdministrator,
  venstreMember,
} from './fixtures.spec-helper';
import { commandsOpenTo } from './open-commands';

const regionalReviewer: Actor = { ...official, reviewAreas: ['regionalDevelopment'] };

describe('the commands open to someone', () => {
  it('offers the party its own draft to edit, submit or withdraw, and nobody else anything', () => {
    const draft = initiativeIn('draft');
    expect(commandsOpenTo(enhedslistenMember, draft)).toEqual(['editDraft', 'submit', 'withdraw']);
    for (const other of [venstreMember, official, coordinator, systemAdministrator]) {
      expect(commandsOpenTo(other, draft)).toEqual([]);
    }
  });

  it('offers a submitted initiative to the administration for review, to the coordinators to merge or reject', () => {
    const submitted = initiativeIn('submitted');
    expect(commandsOpenTo(official, submitted)).toEqual(['startReview']);
    expect(commandsOpenTo(coordinator, submitted)).toEqual(['merge', 'reject']);
    expect(commandsOpenTo(enhedslistenMember, submitted)).toEqual(['withdraw']);
  });

  it('offers the costing only once the review is completed, as transition() requires', () => {
    expect(commandsOpenTo(official, initiativeIn('inReview'))).toEqual(['completeReview']);
    expect(
      commandsOpenTo(official, initiativeIn('inReview', { reviewed: requiresFunding })),
    ).toEqual(['completeReview', 'cost']);
  });

  it('offers a reviewer only the initiatives financed from the areas they review', () => {
    const health = initiativeIn('inReview', { reviewed: requiresFunding });
    expect(commandsOpenTo(regionalReviewer, health)).toEqual([]);
    const regional = initiativeIn('inReview', {
      form: aForm({ financing: [{ area: 'regionalDevelopment', share: '1' }] }),
      reviewed: requiresFunding,
    });
    expect(commandsOpenTo(regionalReviewer, regional)).toEqual(['completeReview', 'cost']);
  });

  it('offers the coordinators the negotiation, then the agreement; nothing once it has ended', () => {
    expect(commandsOpenTo(coordinator, initiativeIn('costed'))).toEqual([
      'openNegotiation',
      'merge',
      'reject',
    ]);
    expect(commandsOpenTo(coordinator, initiativeIn('inNegotiation'))).toEqual([
      'include',
      'merge',
      'reject',
    ]);
    for (const state of ['included', 'merged', 'rejected', 'withdrawn'] as const) {
      for (const actor of [enhedslistenMember, official, coordinator]) {
        expect(commandsOpenTo(actor, initiativeIn(state))).toEqual([]);
      }
    }
  });

  it('names each command as the button that gives it', () => {
    expect(commandActionLabels).toMatchObject({
      submit: 'Indsend',
      startReview: 'Påbegynd behandling',
      cost: 'Prisfastsæt',
      include: 'Optag i budgetaftalen',
      withdraw: 'Træk tilbage',
    });
    expect(Object.keys(commandActionLabels)).not.toContain('absorb');
  });
});
