import { createZodDto } from 'nestjs-zod';
import { initiativeFilterSchema } from '../initiatives/dtos';

/** The list's filters, without the round: the path names it. */
export class InitiativeListExportQueryDto extends createZodDto(
  initiativeFilterSchema.omit({ round: true }),
) {}
