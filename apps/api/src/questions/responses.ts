import { questionStates, roles } from '@budgetflow/domain';
import { z } from 'zod';
import { count, instant, label } from '../openapi/values';

// The answers of the budget question routes, as question.view.ts builds them.

const answerSchema = z.strictObject({
  text: z.string(),
  by: z.string(),
  at: instant,
  atText: label,
});

export const questionSchema = z
  .strictObject({
    roundId: z.string(),
    number: z.number().int().min(1),
    partyGroup: z.string(),
    askedBy: z.string(),
    askedByRole: z.enum(roles),
    initiative: z.string().nullable(),
    text: z.string(),
    askedAt: instant,
    askedAtText: label,
    dueAt: instant,
    dueText: label,
    state: z.enum(questionStates),
    stateLabel: label,
    answeredLate: z.boolean(),
    answer: answerSchema
      .nullable()
      .describe(
        'Svaret, som læseren må se det: null, mens spørgsmålet er åbent eller svaret holdes tilbage',
      ),
    answerHeldBack: z
      .boolean()
      .describe(
        'Besvaret (eller rettet), men svaret offentliggøres først for alle partigrupper på én gang',
      ),
    heldBackNotice: label.optional(),
  })
  .meta({ id: 'BudgetQuestion' });

export const questionListSchema = z
  .strictObject({
    roundId: z.string(),
    items: z.array(questionSchema),
    total: count,
    counts: z
      .strictObject({ open: count, answered: count, overdue: count })
      .describe('Hele budgetrundens spørgsmål, uanset filteret'),
  })
  .meta({ id: 'BudgetQuestionList' });
