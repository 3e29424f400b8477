import {
  commentSchema,
  completeReviewSchema,
  costSchema,
  createInitiativeSchema,
  financingAreas,
  initiativeFormSchema,
  lifecycleStates,
  mergeSchema,
  reasonSchema,
} from '@budgetflow/domain';
import { initiativeSortKeys, type InitiativeSort } from '@budgetflow/persistence';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

// Request bodies: the schemas of libs/domain, as DTO classes for validation and OpenAPI.
export class CreateInitiativeDto extends createZodDto(createInitiativeSchema) {}
export class InitiativeFormDto extends createZodDto(initiativeFormSchema) {}
export class CommentDto extends createZodDto(commentSchema) {}
export class CompleteReviewDto extends createZodDto(completeReviewSchema) {}
export class CostDto extends createZodDto(costSchema) {}
export class ReasonDto extends createZodDto(reasonSchema) {}
export class MergeDto extends createZodDto(mergeSchema) {}

// One state or several, separated by commas (blanks around them are allowed).
const state = `(${lifecycleStates.join('|')})`;
const stateList = z
  .string()
  .regex(
    new RegExp(`^ *${state} *(, *${state} *)*$`),
    `state skal være en eller flere af ${lifecycleStates.join(', ')}, adskilt af komma`,
  )
  .transform((value) => value.split(',').map((one) => one.trim()))
  .pipe(z.array(z.enum(lifecycleStates)));

export const initiativeFilterSchema = z
  .object({
    round: z.string().trim().min(1).optional(),
    state: stateList.optional(),
    party: z.string().trim().min(1).optional(),
    financingArea: z.enum(financingAreas).optional(),
    // The committee is the number's first part: 1-3 digits (and PostgreSQL's integer)
    committee: z.coerce.number().int().min(1).max(999).optional(),
    // Words to find in the number, the title and the form's text; blank finds everything.
    q: z.string().max(200, 'Søgningen må højst være 200 tegn').trim().optional(),
  })
  .strict();

export class InitiativeFilterDto extends createZodDto(initiativeFilterSchema) {}

// A sort key, "-" in front for the descending order: e.g. -total, the dearest first.
const sortValues = initiativeSortKeys.flatMap((key) => [key, `-${key}`] as const);
const sort = z
  .enum(sortValues, {
    error: `sort skal være en af ${initiativeSortKeys.join(', ')}, evt. med - foran for faldende orden`,
  })
  .transform((value): InitiativeSort => ({
    key: value.replace(/^-/, '') as InitiativeSort['key'],
    descending: value.startsWith('-'),
  }));

export class InitiativeListQueryDto extends createZodDto(
  initiativeFilterSchema.extend({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
    sort: sort.optional(),
  }),
) {}
