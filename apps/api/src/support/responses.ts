import { lifecycleStates, roles, stances } from '@budgetflow/domain';
import { z } from 'zod';
import { count, instant, label } from '../openapi/values';

// The answers of the seats, stance and support routes, as support.view.ts builds them.

const partyGroupSeats = z.strictObject({
  partyGroup: z.string(),
  shortName: z.string(),
  seats: count,
});

export const seatsSchema = z
  .strictObject({
    roundId: z.string(),
    seats: z.array(partyGroupSeats),
    /** All seats of the council, and the fewest that make a majority. */
    total: count,
    needed: count,
  })
  .meta({ id: 'RoundSeats' });

export const majoritySchema = z
  .strictObject({
    supporting: count,
    opposing: count,
    undecided: count,
    total: count,
    needed: count,
    hasMajority: z.boolean(),
    label: label.describe('Fx "Flertal: 22 af 41 mandater"'),
  })
  .meta({ id: 'Majority' });

const recordedBy = z.strictObject({
  id: z.string(),
  role: z.enum(roles),
  name: z.string().nullable(),
});

/** A party group's stance; setBy and setAt null while it has said nothing (undecided). */
const partyStance = z.strictObject({
  partyGroup: z.string(),
  shortName: z.string(),
  stance: z.enum(stances),
  stanceLabel: label,
  comment: z.string().nullable(),
  setBy: recordedBy.nullable(),
  setAt: instant.nullable(),
});

const recordedStance = partyStance.extend({ setBy: recordedBy, setAt: instant });

export const stanceSchema = recordedStance
  .extend({ roundId: z.string(), number: z.string(), majority: majoritySchema })
  .meta({ id: 'InitiativeStance' });

export const stanceHistorySchema = z
  .strictObject({
    roundId: z.string(),
    number: z.string(),
    history: z.array(recordedStance),
  })
  .meta({ id: 'InitiativeStanceHistory' });

export const supportGridSchema = z
  .strictObject({
    roundId: z.string(),
    parties: z.array(partyGroupSeats),
    totalSeats: count,
    initiatives: z.array(
      z.strictObject({
        number: z.string(),
        title: z.string(),
        state: z.enum(lifecycleStates),
        stateLabel: label,
        stancesOpen: z.boolean(),
        stances: z.array(partyStance),
        majority: majoritySchema,
      }),
    ),
  })
  .meta({ id: 'SupportGrid' });
