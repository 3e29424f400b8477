import {
  economyRows,
  financingAreas,
  lifecycleStates,
  roles,
  stances,
  UNASSIGNED_AREA,
} from '@budgetflow/domain';
import { z } from 'zod';
import { amountSchema } from '../initiatives/responses';
import { count, instant, label } from '../openapi/values';
import { majoritySchema } from '../support/responses';

// The answers of the package routes, as package.view.ts builds them.

const id = z.number().int().min(1);
const year = z.number().int();
const area = z.enum([...financingAreas, UNASSIGNED_AREA]);

const adjustment = z
  .strictObject({
    share: z.string().nullable().describe('Andelen af forslaget, fx "1/2"; null: det hele'),
    moves: z.array(z.strictObject({ from: year, to: year })),
    amounts: z.array(
      z.strictObject({ row: z.enum(economyRows), rowLabel: label, year, amount: amountSchema }),
    ),
    note: z.string().nullable(),
  })
  .nullable()
  .meta({ id: 'PackageAdjustment' });

const savedBy = z.strictObject({ id: z.string(), name: z.string().nullable() });

const item = z.strictObject({
  number: z.string(),
  title: z.string(),
  state: z.enum(lifecycleStates),
  stateLabel: label,
  /** False for an initiative merged, rejected or withdrawn after it was put in: it counts nothing. */
  counts: z.boolean(),
  adjustment,
  years: z.array(z.strictObject({ year, amount: amountSchema })),
  total: amountSchema,
});

const totals = z
  .strictObject({
    years: z.array(
      z.strictObject({
        year,
        total: amountSchema,
        areas: z.array(amountSchema.extend({ area, areaLabel: label })),
      }),
    ),
    total: amountSchema,
  })
  .meta({ id: 'PackageTotals' });

const balance = z
  .strictObject({
    withinFrames: z.boolean().nullable(),
    label,
    areas: z.array(
      z.strictObject({
        area,
        areaLabel: label,
        withinFrames: z.boolean().nullable(),
        label,
        years: z.array(
          z.strictObject({
            year,
            frame: amountSchema.nullable().describe('null: ingen ramme for året og området'),
            amount: amountSchema,
            remainder: amountSchema.nullable(),
            status: z.enum(['within', 'exceeded', 'noFrame']),
            label,
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PackageBalance' });

const recordedBy = z.strictObject({
  id: z.string(),
  role: z.enum(roles),
  name: z.string().nullable(),
});

/** A party group's stance on a package; null version and setBy while it has said nothing. */
const packageStance = z.strictObject({
  partyGroup: z.string(),
  shortName: z.string(),
  stance: z.enum(stances),
  stanceLabel: label,
  comment: z.string().nullable(),
  version: id.nullable().describe('Den version af pakken, holdningen blev angivet på'),
  versionLabel: label.nullable().describe('Fx "Angivet på version 1"; null: seneste version'),
  setBy: recordedBy.nullable(),
  setAt: instant.nullable(),
});

const recordedPackageStance = packageStance.extend({
  version: id,
  setBy: recordedBy,
  setAt: instant,
});

const backing = z
  .strictObject({
    stances: z.array(packageStance.extend({ seats: count })),
    majority: majoritySchema,
  })
  .meta({
    id: 'PackageBacking',
    description: 'Hvilke partigrupper bakker op om pakken, og om de har flertal',
  });

export const packageStanceSchema = recordedPackageStance
  .extend({ roundId: z.string(), packageId: id, majority: majoritySchema })
  .meta({ id: 'PackageStance' });

export const packageStanceHistorySchema = z
  .strictObject({
    roundId: z.string(),
    packageId: id,
    latestVersion: id,
    history: z.array(recordedPackageStance),
  })
  .meta({ id: 'PackageStanceHistory' });

const versionFields = {
  version: id,
  latestVersion: id,
  note: z.string().nullable(),
  restoredFrom: id.nullable(),
  savedBy,
  savedAt: instant,
};

export const packageSchema = z
  .strictObject({
    id,
    roundId: z.string(),
    name: z.string(),
    ...versionFields,
    items: z.array(item),
    totals,
    balance,
    backing,
  })
  .meta({ id: 'NegotiationPackage' });

export const packageListSchema = z
  .strictObject({
    roundId: z.string(),
    packages: z.array(
      z.strictObject({
        id,
        name: z.string(),
        ...versionFields,
        itemCount: count,
      }),
    ),
  })
  .meta({ id: 'NegotiationPackageList' });

export const packageVersionsSchema = z
  .strictObject({
    id,
    roundId: z.string(),
    versions: z.array(
      z.strictObject({
        version: id,
        name: z.string(),
        note: z.string().nullable(),
        restoredFrom: id.nullable(),
        savedBy,
        savedAt: instant,
        itemCount: count,
      }),
    ),
  })
  .meta({ id: 'NegotiationPackageVersions' });

const itemRef = z.strictObject({ number: z.string(), title: z.string() });

export const packageComparisonSchema = z
  .strictObject({
    roundId: z.string(),
    packages: z.array(
      z.strictObject({
        id,
        name: z.string(),
        version: id,
        items: z.array(item),
        totals,
        balance,
        backing,
      }),
    ),
    difference: z
      .strictObject({
        first: id,
        second: id,
        years: z.array(
          z.strictObject({
            year,
            total: z.strictObject({
              first: amountSchema,
              second: amountSchema,
              difference: amountSchema,
            }),
            areas: z.array(
              z.strictObject({
                area,
                areaLabel: label,
                first: amountSchema,
                second: amountSchema,
                difference: amountSchema,
              }),
            ),
          }),
        ),
        onlyInFirst: z.array(itemRef),
        onlyInSecond: z.array(itemRef),
        adjustedDifferently: z.array(itemRef.extend({ first: adjustment, second: adjustment })),
      })
      .describe('Den anden pakke minus den første'),
  })
  .meta({ id: 'NegotiationPackageComparison' });

// The budget agreement's preview shows the package's adjustments, totals and balance alike.
export { adjustment as packageAdjustmentSchema, balance as packageBalanceSchema };
export { totals as packageTotalsSchema };
