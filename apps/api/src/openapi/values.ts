import { z } from 'zod';

// The values the API's answers are made of, shared by the response schemas of every area.

/** An instant, as UTC ISO 8601 (e.g. 2025-09-02T11:00:00Z). */
export const instant = z.iso.datetime({ offset: true });

/** A local date in Copenhagen, e.g. 2025-09-02. */
export const localDate = z.iso.date();

/** A local time of day in Copenhagen, e.g. 13:00. */
export const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** A text of Danish words shown to people as it is. */
export const label = z.string();

export const count = z.number().int().min(0);

/** Per year ("2026"), an amount or a number. */
export const perYear = <T extends z.ZodType>(value: T) =>
  z.record(z.string().regex(/^\d{4}$/), value);

/** A page of a list: the items, and where the page lies in the whole. */
export const page = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item), total: count, limit: count, offset: count });
