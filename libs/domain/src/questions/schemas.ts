import { z } from 'zod';
import { initiativeNumber } from '../schemas/common';
import { questionStates } from './question';

// The bodies and filters of the budget question routes, with Danish messages. That the named
// party group and initiative exist is checked against the read model by the API.

/** Long enough for a question or answer with its reasons; an appendix belongs in a document. */
const MOST_CHARACTERS = 10_000;

const text = (missing: string) =>
  z
    .string({ error: missing })
    .max(MOST_CHARACTERS, `Højst ${MOST_CHARACTERS.toLocaleString('da-DK')} tegn`)
    .trim()
    .min(1, missing);

const partyGroup = z
  .string({ error: 'Angiv partigruppen, der stiller spørgsmålet' })
  .max(100, 'En partigruppes navn må højst være 100 tegn')
  .trim()
  .min(1, 'Angiv partigruppen, der stiller spørgsmålet');

/** A party group's question, about the budget as a whole or one initiative. */
export const askQuestionSchema = z
  .object({
    partyGroup,
    initiative: initiativeNumber.optional(),
    text: text('Skriv spørgsmålet'),
  })
  .strict();
export type AskQuestionBody = z.infer<typeof askQuestionSchema>;

/** The administration's answer (again: a correction). */
export const answerQuestionSchema = z.object({ text: text('Skriv svaret') }).strict();
export type AnswerQuestionBody = z.infer<typeof answerQuestionSchema>;

/** Which of a round's questions to list. */
export const questionFilterSchema = z
  .object({
    state: z.enum(questionStates, { error: 'Vælg open, answered eller overdue' }).optional(),
    partyGroup: partyGroup.optional(),
    initiative: initiativeNumber.optional(),
  })
  .strict();
export type QuestionFilter = z.infer<typeof questionFilterSchema>;
