import { z } from 'zod';

/** A round's publication as the API answers with it. */
export const publicationSchema = z
  .strictObject({
    roundId: z.string(),
    holdBack: z.boolean(),
    releasedUntil: z.string().nullable(),
    releasedUntilText: z.string().nullable(),
    releases: z.array(z.strictObject({ at: z.string(), atText: z.string(), by: z.string() })),
    notice: z.string().nullable(),
  })
  .meta({ id: 'RoundPublication' });
