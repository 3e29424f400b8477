import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const id = z.coerce.number().int().min(1).max(2_147_483_647);

/** The package (and its version; the latest without it) whose agreement to look at. */
export class AgreementPreviewQueryDto extends createZodDto(
  z.object({ package: id, version: id.optional() }).strict(),
) {}

/** The package version to conclude the agreement with: named, so it is the one previewed. */
export class ConcludeAgreementDto extends createZodDto(
  z
    .object({
      packageId: z.number().int().min(1).max(2_147_483_647),
      version: z.number().int().min(1).max(2_147_483_647),
    })
    .strict(),
) {}
