import { calendarSchema, lateSubmissionSchema, reviewDueSchema } from '@budgetflow/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class CalendarDto extends createZodDto(calendarSchema) {}
export class LateSubmissionDto extends createZodDto(lateSubmissionSchema) {}
export class ReviewDueDto extends createZodDto(reviewDueSchema) {}
export class DeadlinesQueryDto extends createZodDto(
  z.object({ roundId: z.string().optional() }).strict(),
) {}
