import { answerQuestionSchema, askQuestionSchema, questionFilterSchema } from '@budgetflow/domain';
import { createZodDto } from 'nestjs-zod';

// Request bodies and filters: the schemas of libs/domain, as DTO classes for validation and OpenAPI.
export class AskQuestionDto extends createZodDto(askQuestionSchema) {}
export class AnswerQuestionDto extends createZodDto(answerQuestionSchema) {}
export class QuestionFilterDto extends createZodDto(questionFilterSchema) {}
