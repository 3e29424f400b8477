/** The seats one party group holds in the council during a round. */
export interface SeatCount {
  readonly partyGroup: string;
  readonly seats: number;
}

/** A problem with one party group's seats in a set, at the field it concerns. */
export interface SeatProblem {
  readonly index: number;
  readonly field: 'partyGroup';
  readonly message: string;
}

/**
 * Why a round cannot have these seats: a party group that does not exist, or one given twice.
 * That the seats are whole numbers, 0 or more, is the schema's to check.
 */
export function seatProblems(
  seats: readonly Pick<SeatCount, 'partyGroup'>[],
  knownPartyGroups: readonly string[],
): SeatProblem[] {
  const problems: SeatProblem[] = [];
  const seen = new Set<string>();
  seats.forEach(({ partyGroup }, index) => {
    if (!knownPartyGroups.includes(partyGroup)) {
      problems.push({
        index,
        field: 'partyGroup',
        message: `Partigruppen ${partyGroup} findes ikke`,
      });
    } else if (seen.has(partyGroup)) {
      problems.push({
        index,
        field: 'partyGroup',
        message: `${partyGroup} er angivet mere end én gang`,
      });
    }
    seen.add(partyGroup);
  });
  return problems;
}

/** All seats of the council. */
export function totalSeats(seats: readonly SeatCount[]): number {
  return seats.reduce((sum, { seats: count }) => sum + count, 0);
}
