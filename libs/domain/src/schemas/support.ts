import { z } from 'zod';
import { stances } from '../negotiation/support';
import { optionalComment } from './common';

// The bodies of the support routes. That a named party group exists is checked against the
// database by the API (seatProblems).

/** The most party groups a council could have, with room to spare. */
const mostPartyGroups = 100;

/** The seats of each party group in the council for a round: the whole set at once. */
export const seatsSchema = z
  .object({
    seats: z
      .array(
        z
          .object({
            partyGroup: z
              .string({ error: 'Angiv partigruppens navn' })
              .max(100, 'En partigruppes navn må højst være 100 tegn')
              .trim()
              .min(1, 'Angiv partigruppens navn'),
            seats: z
              .number({ error: 'Mandater angives som et helt tal, 0 eller flere' })
              .int('Mandater angives som et helt tal, 0 eller flere')
              .min(0, 'Mandater angives som et helt tal, 0 eller flere')
              .max(1000, 'Højst 1000 mandater pr. partigruppe'),
          })
          .strict(),
      )
      .max(mostPartyGroups, `Højst ${mostPartyGroups} partigrupper`),
  })
  .strict();

/** A party group's stance on an initiative, with what they said, if anything. */
export const stanceSchema = z
  .object({
    stance: z.enum(stances, {
      error:
        'Holdningen skal være support (støtter), oppose (imod) eller undecided (ikke afklaret)',
    }),
    comment: optionalComment,
  })
  .strict();
