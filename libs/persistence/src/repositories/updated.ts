/** TypeORM answers an UPDATE or DELETE on PostgreSQL with [rows, affected count]. */
export function updated<T = unknown>(raw: unknown): [T[], number] {
  const [rows, count] = raw as [T[], number];
  return [rows, count];
}
