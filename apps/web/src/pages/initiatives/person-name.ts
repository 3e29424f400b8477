import type { Initiative, InitiativeDetail } from '../../api/types';

/**
 * Names people by the initiative's own timeline, which carries the name of everyone who took a
 * step (the reviewer and the one who costed it among them); an id the timeline lacks stays an id.
 */
export function personNamesOf(initiative: Initiative | InitiativeDetail): (id: string) => string {
  const history = 'history' in initiative ? initiative.history : [];
  const names = new Map<string, string>();
  for (const { actor } of history) if (actor.name) names.set(actor.id, actor.name);
  return (id) => names.get(id) ?? id;
}
