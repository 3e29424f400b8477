import { z } from 'zod';
import { count, label } from '../openapi/values';
import { importActions } from './import-plan';

// The answers of the import routes, as DocumentImports builds them.

export const importWarningSchema = z
  .strictObject({
    field: z.string().describe('Feltets sti i API’ets skema, fx economy.otherOperations'),
    message: label,
  })
  .meta({ id: 'ImportWarning' });

const fieldChangeSchema = z.strictObject({
  field: z.string().describe('Feltets sti i API’ets skema, fx economy.otherOperations.2026'),
  label,
  before: label.describe('Som kladden har det nu (tom: intet)'),
  after: label.describe('Som dokumentet har det'),
});

const documentOutcomeSchema = z.strictObject({
  file: z.string(),
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('Filens SHA-256'),
  kind: z.enum(['initiative', 'minutes']),
  number: z.string().nullable(),
  title: z.string(),
  action: z
    .enum(importActions)
    .describe(
      'create: kladden oprettes; update: kladdens felter ændres (changes); noChange: kladden har allerede netop dette; refused: intet sker (reason)',
    ),
  reason: label.nullable().describe('Hvorfor dokumentet afvises'),
  changes: z.array(fieldChangeSchema),
  warnings: z.array(importWarningSchema),
});

export const importOutcomeSchema = z
  .strictObject({
    roundId: z.string(),
    dryRun: z.boolean().describe('true: kun en forhåndsvisning, intet er ændret'),
    documents: z.array(documentOutcomeSchema),
    counts: z.strictObject({ create: count, update: count, noChange: count, refused: count }),
  })
  .meta({ id: 'ImportOutcome' });
