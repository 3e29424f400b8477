import {
  commandLabels,
  costingPurposes,
  financingAreas,
  lifecycleStates,
  nextDeadlineKinds,
  personCommandTypes,
  roles,
  type CommandType,
  type PersonCommandType,
} from '@budgetflow/domain';
import { z } from 'zod';
import { count, instant, label, perYear } from '../openapi/values';

// The answers of the initiative routes, as initiative.view.ts builds them.

const commands = Object.keys(commandLabels) as [CommandType | 'create', ...CommandType[]];
const number = z.string();
const state = z.enum(lifecycleStates);

export const economySchema = z.strictObject({
  years: z.array(z.number().int()),
  establishmentCosts: perYear(z.number()),
  salaries: perYear(z.number()),
  otherOperations: perYear(z.number()),
  total: perYear(z.number()),
  staffFte: perYear(z.number()),
});

export const financingSchema = z.array(
  z.strictObject({ area: z.enum(financingAreas), areaLabel: label, share: z.string() }),
);

const initiative = z.strictObject({
  roundId: z.string(),
  number,
  committee: z.number().int(),
  title: z.string(),
  state,
  stateLabel: label,
  submittedBy: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('partyGroups'), partyGroups: z.array(z.string()) }),
    z.strictObject({ kind: z.literal('administration') }),
  ]),
  submittedByLabel: label,
  purpose: z.string(),
  background: z.string(),
  economy: economySchema,
  elaboration: z.string(),
  financing: financingSchema,
  commitmentBudgeting: z.boolean().nullable(),
  scalable: z.boolean().nullable(),
  agreementTextDraft: z.string(),
  sustainableDevelopmentGoals: z.string(),
  review: z
    .strictObject({
      comments: z.string(),
      assessment: z.strictObject({
        conclusion: z.enum(['requiresFunding', 'withinExistingFrame']),
        canBeMergedInto: number.nullable(),
        conclusionLabel: label,
      }),
      by: z.string(),
      at: instant,
    })
    .nullable(),
  costing: z
    .strictObject({
      economy: economySchema,
      financing: financingSchema,
      by: z.string(),
      at: instant,
    })
    .nullable(),
  mergedInto: number.nullable(),
  absorbed: z.array(number),
  closingReason: z.string().nullable(),
  submittedLate: z.boolean(),
  /** Set when the round holds some of the administration's work on it back from this reader. */
  heldBack: z.string().nullable(),
  version: z.number().int().min(1),
  createdAt: instant,
  updatedAt: instant,
});

const historyEntrySchema = z.strictObject({
  seq: z.number().int().min(1),
  command: z.enum(commands),
  label,
  from: state.nullable(),
  fromLabel: label.nullable(),
  to: state,
  toLabel: label,
  actor: z.strictObject({ id: z.string(), role: z.enum(roles), name: z.string().nullable() }),
  at: instant,
  comment: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
});

export const initiativeSchema = initiative.meta({ id: 'Initiative' });

/** The commands the reader may give the initiative now, each with its button's text. */
const actionsSchema = z.array(
  z.strictObject({
    command: z.enum(personCommandTypes as [PersonCommandType, ...PersonCommandType[]]),
    label,
  }),
);

export const initiativeWithHistorySchema = initiative
  .extend({ history: z.array(historyEntrySchema), actions: actionsSchema })
  .meta({ id: 'InitiativeWithHistory' });

export const amountSchema = z.strictObject({
  kroner: z.number().int(),
  mioKr: z.number(),
  formatted: label,
});

const nextDeadlineSchema = z.strictObject({
  kind: z.enum(nextDeadlineKinds),
  label,
  at: instant,
  atText: label,
});

export const initiativeListItemSchema = initiative
  .extend({
    /** Over all years, by the economy that counts: the costing once there is one, else the form. */
    total: amountSchema,
    nextDeadline: nextDeadlineSchema.nullable(),
  })
  .meta({ id: 'InitiativeListItem' });

export const initiativePageSchema = z
  .strictObject({
    items: z.array(initiativeListItemSchema),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: count,
  })
  .meta({ id: 'InitiativePage' });

export const initiativesByStateSchema = z
  .strictObject({
    states: z.array(z.strictObject({ state, stateLabel: label, count, total: amountSchema })),
  })
  .meta({ id: 'InitiativesByState' });

export const totalsSchema = z
  .strictObject({
    years: z.array(
      z.strictObject({
        year: z.number().int(),
        total: amountSchema,
        areas: z.array(
          amountSchema.extend({
            area: z.enum([...financingAreas, 'unassigned']),
            areaLabel: label,
          }),
        ),
      }),
    ),
    total: amountSchema,
  })
  .meta({ id: 'InitiativeTotals' });

// The costing history (costings.view.ts): every costing with its difference from the estimate.

const moneyComparisonSchema = z.strictObject({
  estimate: amountSchema,
  costing: amountSchema,
  difference: amountSchema,
});

const fteComparisonSchema = z.strictObject({
  estimate: z.number(),
  costing: z.number(),
  difference: z.number(),
});

/** costing − estimate per year (a year is left out where both cells are empty; the total has all). */
const costingDifferenceSchema = z.strictObject({
  establishmentCosts: perYear(amountSchema),
  salaries: perYear(amountSchema),
  otherOperations: perYear(amountSchema),
  total: perYear(amountSchema),
  staffFte: perYear(z.number()),
  allYears: z.strictObject({
    establishmentCosts: moneyComparisonSchema,
    salaries: moneyComparisonSchema,
    otherOperations: moneyComparisonSchema,
    total: moneyComparisonSchema,
    staffFte: fteComparisonSchema,
  }),
});

export const costingHistorySchema = z
  .strictObject({
    /** The economy table of the form: the party's own estimate. */
    estimate: economySchema,
    versions: z.array(
      z.strictObject({
        version: z.number().int().min(1),
        purpose: z.enum(costingPurposes),
        purposeLabel: label,
        economy: economySchema,
        financing: financingSchema,
        by: z.string(),
        byName: z.string().nullable(),
        at: instant,
        comment: z.string().nullable(),
        difference: costingDifferenceSchema,
      }),
    ),
  })
  .meta({ id: 'CostingHistory' });
