import { notFound } from '../http/problem';

/** An id in the path: a number, or a package the round does not have. */
export function packageIdOf(id: string): number {
  if (!/^\d{1,9}$/.test(id)) unknownPackage(id);
  return Number(id);
}

export function unknownPackage(id: string | number): never {
  throw notFound(`Pakke ${id} findes ikke i budgetrunden`);
}
