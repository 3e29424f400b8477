/**
 * Where a party group stands on a proposal at the negotiation table: for it, against it, or not
 * (yet) decided. A party group that has said nothing is undecided.
 */
export const stances = ['support', 'oppose', 'undecided'] as const;
export type Stance = (typeof stances)[number];

export const stanceLabels: Record<Stance, string> = {
  support: 'Støtter',
  oppose: 'Imod',
  undecided: 'Ikke afklaret',
};

/** How the council's seats fall on a proposal, and whether its supporters carry it. */
export interface Majority {
  /** The seats of the party groups that support it. */
  readonly supporting: number;
  readonly opposing: number;
  /** The seats of the party groups that are undecided or have not said. */
  readonly undecided: number;
  /** All seats of the council. */
  readonly total: number;
  /** The fewest seats that make a majority: more than half of all seats. */
  readonly needed: number;
  readonly hasMajority: boolean;
}

/** More than half: 21 of 41, 21 of 40. */
export function seatsNeeded(total: number): number {
  return Math.floor(total / 2) + 1;
}

/**
 * Whether the supporters of a proposal hold a majority of the council's seats. Knows nothing of
 * what the proposal is (an initiative, a package): only where each party group stands and how
 * many seats each holds. A party group with seats and no stance counts as undecided; a stance of
 * a party group without seats counts for nothing.
 */
export function majorityOf(
  stancesByParty: ReadonlyMap<string, Stance>,
  seatsByParty: ReadonlyMap<string, number>,
): Majority {
  let supporting = 0;
  let opposing = 0;
  let undecided = 0;
  for (const [party, seats] of seatsByParty) {
    if (!Number.isSafeInteger(seats) || seats < 0) {
      throw new RangeError(`${party} cannot hold ${seats} seats`);
    }
    const stance = stancesByParty.get(party) ?? 'undecided';
    if (stance === 'support') supporting += seats;
    else if (stance === 'oppose') opposing += seats;
    else undecided += seats;
  }
  const total = supporting + opposing + undecided;
  const needed = seatsNeeded(total);
  // No seats, no majority: a council without seats decides nothing.
  return {
    supporting,
    opposing,
    undecided,
    total,
    needed,
    hasMajority: total > 0 && supporting >= needed,
  };
}

/** In Danish, e.g. "Flertal: 22 af 41 mandater" or "Ikke flertal: 20 af 41 mandater (21 kræves)". */
export function majorityLabel(majority: Majority): string {
  if (majority.total === 0) return 'Ingen mandatfordeling for budgetrunden';
  const seats = `${majority.supporting} af ${majority.total} mandater`;
  return majority.hasMajority
    ? `Flertal: ${seats}`
    : `Ikke flertal: ${seats} (${majority.needed} kræves)`;
}
