/**
 * The council's seats in the demo: Region Hovedstaden's regionsråd has 41 seats. The split among
 * the demo's six party groups is illustrative, not an election result (the demo leaves out the
 * council's other parties).
 */
export const demoSeats = {
  seats: [
    { partyGroup: 'Socialdemokratiet', seats: 12 },
    { partyGroup: 'Det Konservative Folkeparti', seats: 10 },
    { partyGroup: 'Enhedslisten', seats: 6 },
    { partyGroup: 'SF', seats: 6 },
    { partyGroup: 'Venstre', seats: 5 },
    { partyGroup: 'Dansk Folkeparti', seats: 2 },
  ],
};

export interface DemoStance {
  readonly number: string;
  readonly partyGroup: string;
  readonly stance: 'support' | 'oppose' | 'undecided';
  readonly comment?: string;
  /** The group's own member, or the coordinator noting what a party said at the table. */
  readonly as: 'party' | 'coordinator';
}

/**
 * Stances on the demo round's open initiatives: 4.5 has a majority (24 of 41), 4.3 and 5.2 do
 * not yet.
 */
export const demoStances: readonly DemoStance[] = [
  { number: '4.5', partyGroup: 'Socialdemokratiet', stance: 'support', as: 'party' },
  { number: '4.5', partyGroup: 'SF', stance: 'support', as: 'party' },
  {
    number: '4.5',
    partyGroup: 'Enhedslisten',
    stance: 'support',
    comment: 'Vores forslag 4.2 om et omsorgstopmøde er indarbejdet',
    as: 'party',
  },
  {
    number: '4.5',
    partyGroup: 'Det Konservative Folkeparti',
    stance: 'oppose',
    comment: 'Bør holdes inden for de eksisterende lederuddannelser',
    as: 'coordinator',
  },
  { number: '4.3', partyGroup: 'Enhedslisten', stance: 'support', as: 'party' },
  { number: '4.3', partyGroup: 'SF', stance: 'support', as: 'party' },
  {
    number: '4.3',
    partyGroup: 'Venstre',
    stance: 'oppose',
    comment: 'Kan løftes inden for den eksisterende ramme',
    as: 'coordinator',
  },
  { number: '5.2', partyGroup: 'Det Konservative Folkeparti', stance: 'support', as: 'party' },
  { number: '5.2', partyGroup: 'Venstre', stance: 'support', as: 'party' },
  { number: '5.2', partyGroup: 'Dansk Folkeparti', stance: 'support', as: 'party' },
  { number: '5.2', partyGroup: 'Socialdemokratiet', stance: 'undecided', as: 'coordinator' },
];
