import {
  type Majority,
  majorityLabel,
  majorityOf,
  seatsNeeded,
  type Stance,
  stanceLabels,
  stancesOpen,
  stateLabels,
  totalSeats,
} from '@budgetflow/domain';
import type {
  RecordedStance,
  RoundSeat,
  StanceRecord,
  SupportedInitiative,
} from '@budgetflow/persistence';

export function seatsView(roundId: string, seats: readonly RoundSeat[]) {
  const total = totalSeats(seats);
  return { roundId, seats, total, needed: seatsNeeded(total) };
}

export function majorityView(majority: Majority) {
  return { ...majority, label: majorityLabel(majority) };
}

/** The majority behind an initiative or a package, from its current stances and the seats. */
export function majorityFor(stances: readonly StanceRecord[], seats: readonly RoundSeat[]) {
  return majorityView(
    majorityOf(
      new Map(stances.map((one): [string, Stance] => [one.partyGroup, one.stance])),
      new Map(seats.map((one) => [one.partyGroup, one.seats])),
    ),
  );
}

export function recordedStanceView(stance: StanceRecord) {
  return {
    partyGroup: stance.partyGroup,
    shortName: stance.shortName,
    stance: stance.stance,
    stanceLabel: stanceLabels[stance.stance],
    comment: stance.comment,
    setBy: stance.setBy,
    setAt: stance.setAt,
  };
}

/**
 * The grid's columns: the council (the round's seats, the largest first), then any party group
 * without seats that has stated a stance in the round, with 0 seats, so nothing said is hidden.
 */
export function gridParties(
  seats: readonly RoundSeat[],
  stances: readonly StanceRecord[],
): RoundSeat[] {
  const parties = [...seats];
  for (const { partyGroup, shortName } of stances) {
    if (!parties.some((party) => party.partyGroup === partyGroup)) {
      parties.push({ partyGroup, shortName, seats: 0 });
    }
  }
  return parties;
}

/** One row of the grid: every column's stance (undecided where nothing is recorded). */
export function supportRowView(
  initiative: SupportedInitiative,
  parties: readonly RoundSeat[],
  stances: readonly RecordedStance[],
) {
  const byParty = new Map(stances.map((stance) => [stance.partyGroup, stance]));
  return {
    number: initiative.number,
    title: initiative.title,
    state: initiative.state,
    stateLabel: stateLabels[initiative.state],
    stancesOpen: stancesOpen(initiative.state),
    stances: parties.map(({ partyGroup, shortName }) => {
      const recorded = byParty.get(partyGroup);
      return recorded
        ? recordedStanceView(recorded)
        : {
            partyGroup,
            shortName,
            stance: 'undecided' as const,
            stanceLabel: stanceLabels.undecided,
            comment: null,
            setBy: null,
            setAt: null,
          };
    }),
    majority: majorityFor(stances, parties),
  };
}
