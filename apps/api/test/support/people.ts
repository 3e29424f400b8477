import type { Role } from '@budgetflow/domain';
import { as } from './actors';
import type { TestSystem } from './test-system';

/**
 * Puts people in the directory (with an e-mail address each, `<id>@region.example`), so that
 * notifications reach them; the actors of the same ids then act as these people.
 */
export async function registerPeople(
  system: TestSystem,
  people: readonly (readonly [id: string, role: Role, partyGroups: readonly string[]])[],
): Promise<void> {
  for (const [id, role, partyGroups] of people) {
    await system.register(as.person(id, role, partyGroups));
  }
}

/** Reads until the value holds (the worker writes notifications a moment after the answer). */
export async function eventually<T>(
  read: () => Promise<T>,
  holds: (value: T) => boolean,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const value = await read();
    if (holds(value) || attempt > 100) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
