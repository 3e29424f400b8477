import type { Actor } from '../actor';
import { canSeeInitiative } from '../access/visibility';
import { type AmountArea, amountsPerYearAndArea, UNASSIGNED_AREA } from '../initiative/economy';
import { financingAreas } from '../initiative/financing';
import type { InitiativeNumber } from '../initiative/number';
import { effectiveEconomy, type Initiative } from '../lifecycle/initiative';
import type { LifecycleState } from '../lifecycle/states';
import { type Kroner, sumKroner } from '../money/money';
import { type Adjustment, adjustedEconomy, adjustmentProblems } from './adjustment';

/**
 * A negotiation package ("forhandlingspakke"): a named set of the round's initiatives that the
 * coordinators put together as one possible agreement, each taken as it is or adjusted.
 */
export interface NegotiationPackage {
  readonly name: string;
  readonly items: readonly PackageItem[];
}

export interface PackageItem {
  readonly number: InitiativeNumber;
  readonly adjustment: Adjustment | null;
}

/** An item with the initiative it names, as the package is counted. */
export interface PackageEntry {
  readonly initiative: Initiative;
  readonly adjustment: Adjustment | null;
}

/** What a package counts in one year and area, in kroner. */
export interface AreaAmount {
  readonly year: number;
  readonly area: AmountArea;
  readonly kroner: Kroner;
}

export interface PackageItemProblem {
  readonly field: string;
  readonly message: string;
}

/** States that end an initiative without it being in the agreement: it counts nothing. */
const endedOutside: readonly LifecycleState[] = ['merged', 'rejected', 'withdrawn'];

/**
 * Whether an initiative in a package counts in its totals. A merged, rejected or withdrawn one
 * (ended after it was put in) stays in the package, shown with its state, and counts nothing: a
 * merged one's money is its target's now. A draft never is in a package.
 */
export function countsInPackage(state: LifecycleState): boolean {
  return state !== 'draft' && !endedOutside.includes(state);
}

/**
 * Why these items cannot be saved as a package of the round, field by field ('items.2.number').
 * An initiative the actor may not see is one that does not exist (another party's draft must
 * not show, not even that its number is taken); a draft one may see is refused as a draft, so
 * that no party's unfinished proposal reaches the other parties through a package.
 */
export function packageItemProblems(
  items: readonly PackageItem[],
  initiativeOf: (number: InitiativeNumber) => Initiative | null,
  actor: Actor,
  years: readonly number[],
): PackageItemProblem[] {
  const problems: PackageItemProblem[] = [];
  const seen = new Set<InitiativeNumber>();
  items.forEach(({ number, adjustment }, index) => {
    const field = `items.${index}`;
    const initiative = initiativeOf(number);
    if (!initiative || !canSeeInitiative(actor, initiative)) {
      problems.push({
        field: `${field}.number`,
        message: `Forslag ${number} findes ikke i budgetrunden`,
      });
    } else if (initiative.state === 'draft') {
      problems.push({
        field: `${field}.number`,
        message: `Forslag ${number} er en kladde; kun indsendte forslag kan komme med i en pakke`,
      });
    } else if (seen.has(number)) {
      problems.push({
        field: `${field}.number`,
        message: `Forslag ${number} er med i pakken mere end én gang`,
      });
    }
    seen.add(number);
    for (const problem of adjustment ? adjustmentProblems(adjustment, years) : []) {
      problems.push({ field: `${field}.adjustment.${problem.field}`, message: problem.message });
    }
  });
  return problems;
}

/**
 * What one initiative counts in a package per year and area: its effective economy (the
 * costing once there is one, else the form's), adjusted, split between its financing areas
 * exactly as the read model's totals split it. Nothing for an initiative that does not count.
 */
export function packageEntryAmounts(entry: PackageEntry): AreaAmount[] {
  const { initiative, adjustment } = entry;
  if (!countsInPackage(initiative.state)) return [];
  const { economy, financing } = effectiveEconomy(initiative);
  return amountsPerYearAndArea(
    adjustedEconomy(economy, adjustment, initiative.years),
    financing,
    initiative.years,
  );
}

/**
 * What a package counts per year and area, summed exactly: every year of the round for every
 * financing area (zero where nothing is), and the amounts whose financing is not stated under
 * 'unassigned' in the years where an initiative has any (even if they cancel out: the package
 * should show that it has them). By year, then in the order of the areas.
 */
export function packageTotals(
  entries: readonly PackageEntry[],
  years: readonly number[],
): AreaAmount[] {
  const parts = new Map<string, Kroner[]>();
  for (const { year, area, kroner } of entries.flatMap(packageEntryAmounts)) {
    const key = `${year}/${area}`;
    parts.set(key, [...(parts.get(key) ?? []), kroner]);
  }
  const sumOf = (year: number, area: AmountArea) => sumKroner(parts.get(`${year}/${area}`) ?? []);
  return years.flatMap((year) => {
    const unassigned = parts.get(`${year}/${UNASSIGNED_AREA}`) ?? [];
    return [
      ...financingAreas.map((area) => ({ year, area, kroner: sumOf(year, area) })),
      ...(unassigned.some((kroner) => kroner !== 0)
        ? [{ year, area: UNASSIGNED_AREA, kroner: sumKroner(unassigned) }]
        : []),
    ];
  });
}
