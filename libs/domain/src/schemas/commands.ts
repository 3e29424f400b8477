import { z } from 'zod';
import { initiativeNumber, optionalComment, requiredText } from './common';
import { economyTableSchema, financingSchema, initiativeFormSchema } from './form';

/** Bodies of the API's commands; the lifecycle then decides whether the step is allowed. */
export const createInitiativeSchema = initiativeFormSchema.extend({ number: initiativeNumber });

export const commentSchema = z.object({ comment: optionalComment }).strict();

export const completeReviewSchema = z
  .object({
    comments: requiredText('Administrationens bemærkninger skal udfyldes'),
    assessment: z
      .object({
        conclusion: z.enum(['requiresFunding', 'withinExistingFrame']),
        canBeMergedInto: initiativeNumber.nullable().default(null),
      })
      .strict(),
  })
  .strict();

export const costSchema = z
  .object({
    economy: economyTableSchema,
    // Absent means "the form's financing" (see the cost command): no default of [] here.
    financing: financingSchema.unwrap().optional(),
    comment: optionalComment,
  })
  .strict();

export const reasonSchema = z
  .object({ reason: requiredText('Der skal angives en begrundelse') })
  .strict();

export const mergeSchema = z.object({ into: initiativeNumber, comment: optionalComment }).strict();
