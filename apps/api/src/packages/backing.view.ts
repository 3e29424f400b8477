import { stanceLabels, stanceVersionLabel } from '@budgetflow/domain';
import type { RecordedPackageStance, RoundSeat } from '@budgetflow/persistence';
import { gridParties, majorityFor, recordedStanceView } from '../support/support.view';

/**
 * Who backs a package: every party group of the council (the largest first, then any without
 * seats that has said something, as in the support grid) with its stance, and whether the
 * supporters carry it, by the same rule as for initiatives.
 */
export function backingView(
  stances: readonly RecordedPackageStance[],
  seats: readonly RoundSeat[],
  latestVersion: number,
) {
  const byParty = new Map(stances.map((stance) => [stance.partyGroup, stance]));
  return {
    stances: gridParties(seats, stances).map(({ partyGroup, shortName, seats: count }) => {
      const recorded = byParty.get(partyGroup);
      if (!recorded) {
        return {
          partyGroup,
          shortName,
          seats: count,
          stance: 'undecided' as const,
          stanceLabel: stanceLabels.undecided,
          comment: null,
          version: null,
          versionLabel: null,
          setBy: null,
          setAt: null,
        };
      }
      return { ...packageStanceView(recorded, latestVersion), seats: count };
    }),
    majority: majorityFor(stances, seats),
  };
}

export type Backing = ReturnType<typeof backingView>;

/** A recorded stance, marked when it was given on an older version than the latest. */
export function packageStanceView(stance: RecordedPackageStance, latestVersion: number) {
  return {
    ...recordedStanceView(stance),
    version: stance.version,
    versionLabel: stanceVersionLabel(stance.version, latestVersion),
  };
}
