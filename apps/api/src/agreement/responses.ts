import {
  agreementOutcomeLabels,
  agreementStateLabels,
  agreementStepResultLabels,
  lifecycleStates,
} from '@budgetflow/domain';
import { z } from 'zod';
import { amountSchema } from '../initiatives/responses';
import { count, instant, label } from '../openapi/values';
import {
  packageAdjustmentSchema,
  packageBalanceSchema,
  packageTotalsSchema,
} from '../packages/responses';

// The answers of the agreement routes, as agreement.view.ts builds them.

const id = z.number().int().min(1);
const keysOf = <T extends string>(labels: Record<T, string>) => Object.keys(labels) as [T, ...T[]];
const command = z.enum(['openNegotiation', 'include', 'reject']);

const packageRef = z.strictObject({
  id,
  version: id,
  name: z.string(),
  label: label.describe('Fx "Forligspakke A, version 3"'),
});

export const agreementPreviewSchema = z
  .strictObject({
    roundId: z.string(),
    package: packageRef.extend({ latestVersion: id }),
    canConclude: z.boolean(),
    problems: z.array(
      z.strictObject({
        code: z.enum([
          'agreementExists',
          'notCosted',
          'unknownInitiative',
          'invalidAdjustment',
          'nothingToInclude',
        ]),
        field: z.string(),
        message: label,
      }),
    ),
    counts: z.strictObject({ included: count, rejected: count, unchanged: count, steps: count }),
    initiatives: z.array(
      z.strictObject({
        number: z.string(),
        title: z.string(),
        state: z.enum(lifecycleStates),
        stateLabel: label,
        inPackage: z.boolean(),
        adjustment: packageAdjustmentSchema,
        outcome: z.enum(keysOf(agreementOutcomeLabels)),
        outcomeLabel: label,
        note: label.nullable(),
        steps: z.array(z.strictObject({ command, commandLabel: label, comment: z.string() })),
        current: z.strictObject({ total: amountSchema }).describe('Hvad forslaget tæller nu'),
        agreed: z
          .strictObject({
            years: z.array(z.strictObject({ year: z.number().int(), amount: amountSchema })),
            total: amountSchema,
          })
          .nullable()
          .describe('Den endelige prisfastsættelse, forslaget optages med; null: optages ikke'),
      }),
    ),
    totals: packageTotalsSchema,
    balance: packageBalanceSchema,
  })
  .meta({ id: 'AgreementPreview' });

export const agreementSchema = z
  .strictObject({
    roundId: z.string(),
    package: packageRef,
    state: z.enum(keysOf(agreementStateLabels)),
    stateLabel: label,
    startedBy: z.strictObject({ id: z.string(), name: z.string().nullable() }),
    startedAt: instant,
    concludedAt: instant.nullable(),
    progress: z.strictObject({ planned: count, done: count, refused: count }),
    steps: z.array(
      z.strictObject({
        number: z.string(),
        title: z.string(),
        command,
        commandLabel: label,
        result: z.enum(keysOf(agreementStepResultLabels)).nullable().describe('null: ikke nået'),
        resultLabel: label.nullable(),
        message: label.nullable().describe('Forslagets begrundelse, når trinnet ikke blev udført'),
        at: instant.nullable(),
      }),
    ),
  })
  .meta({ id: 'Agreement' });
