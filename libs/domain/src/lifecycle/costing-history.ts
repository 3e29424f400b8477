import type { EconomyTable } from '../initiative/economy';
import type { FinancingShare } from '../initiative/financing';
import type { Initiative, TransitionRecord } from './initiative';

/**
 * What a costing was made for: the administration's costing after its review, or the final
 * costing the budget agreement settles (its adjustments to the initiative).
 */
export const costingPurposes = ['review', 'agreement'] as const;
export type CostingPurpose = (typeof costingPurposes)[number];

export const costingPurposeLabels: Record<CostingPurpose, string> = {
  review: 'Administrationens prisfastsættelse',
  agreement: 'Endelig prisfastsættelse i budgetaftalen',
};

/**
 * The recorded steps that settle a costing, and what for. Such a step records the economy and
 * financing it settles as `{ economy, financing }` in its data (the cost step always has); an
 * include records them when the budget agreement takes the initiative in with its adjustments
 * (an include by hand records none, and is no costing).
 */
const costingSteps: Partial<Record<TransitionRecord['command'], CostingPurpose>> = {
  cost: 'review',
  include: 'agreement',
};

/** One costing of an initiative, as it was settled; versions count from 1 in the order made. */
export interface CostingVersion {
  readonly version: number;
  readonly purpose: CostingPurpose;
  readonly economy: EconomyTable;
  readonly financing: readonly FinancingShare[];
  readonly by: string;
  readonly at: string;
  readonly comment: string | null;
}

/**
 * Every costing of the initiative, oldest first, from its recorded steps: the audit trail is the
 * durable record of each one, so a later costing never hides an earlier. An initiative with a
 * costing but no step carrying it (none is known: the cost step has carried its economy from the
 * start) shows that costing as its one version rather than none.
 */
export function costingVersions(
  initiative: Initiative,
  records: readonly TransitionRecord[],
): CostingVersion[] {
  const versions = [...records]
    .sort((a, b) => a.seq - b.seq)
    .flatMap((record) => {
      const purpose = costingSteps[record.command];
      const settled = purpose && settledCosting(record.data);
      return settled ? [{ record, purpose, ...settled }] : [];
    })
    .map(({ record, purpose, economy, financing }, index) => ({
      version: index + 1,
      purpose,
      economy,
      financing,
      by: record.actor.id,
      at: record.at,
      comment: record.comment,
    }));
  if (versions.length > 0 || !initiative.costing) return versions;
  const { economy, financing, by, at } = initiative.costing;
  return [{ version: 1, purpose: 'review', economy, financing, by, at, comment: null }];
}

function settledCosting(
  data: TransitionRecord['data'],
): { economy: EconomyTable; financing: readonly FinancingShare[] } | null {
  const economy = data?.['economy'];
  if (!isEconomyTable(economy)) return null;
  const financing = data?.['financing'];
  return { economy, financing: Array.isArray(financing) ? (financing as FinancingShare[]) : [] };
}

function isEconomyTable(value: unknown): value is EconomyTable {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Record<string, unknown>;
  return (['establishmentCosts', 'salaries', 'otherOperations', 'staffFteTenths'] as const).every(
    (row) => typeof table[row] === 'object' && table[row] !== null,
  );
}
