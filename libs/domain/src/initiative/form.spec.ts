import { submittedByLabel } from './form';

describe('who put an initiative forward', () => {
  it('reads as the administration or the party groups, joined with "og"', () => {
    expect(submittedByLabel({ kind: 'administration' })).toBe('Administrationen');
    expect(submittedByLabel({ kind: 'partyGroups', partyGroups: ['Enhedslisten'] })).toBe(
      'Enhedslisten',
    );
    expect(
      submittedByLabel({ kind: 'partyGroups', partyGroups: ['Socialdemokratiet', 'SF'] }),
    ).toBe('Socialdemokratiet og SF');
    expect(submittedByLabel({ kind: 'partyGroups', partyGroups: ['A', 'F', 'Ø'] })).toBe(
      'A, F og Ø',
    );
  });
});
