import { packageSchema, restorePackageSchema } from '@budgetflow/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class PackageDto extends createZodDto(packageSchema) {}
export class RestorePackageDto extends createZodDto(restorePackageSchema) {}

/** An earlier version to look at; the latest without it. */
export class PackageVersionQueryDto extends createZodDto(
  z.object({ version: z.coerce.number().int().min(1).max(2_147_483_647).optional() }).strict(),
) {}

/** Two or three packages of the round, by id: the difference is the second's less the first's. */
export class ComparisonQueryDto extends createZodDto(
  z
    .object({
      ids: z
        .string()
        .regex(/^ *\d{1,9} *(, *\d{1,9} *){1,2}$/, 'Angiv to eller tre pakker, fx ids=1,2')
        .transform((value) => value.split(',').map((one) => Number(one.trim())))
        .refine((ids) => new Set(ids).size === ids.length, 'Angiv forskellige pakker'),
    })
    .strict(),
) {}
