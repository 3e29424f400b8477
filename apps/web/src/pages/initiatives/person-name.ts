import { useSession } from '../../api/session';

/**
 * A person's name where the app knows it (the signed-in user's own), otherwise their id: the
 * API names actors by id, and only system administrators may list the people.
 */
export function usePersonName(): (id: string) => string {
  const session = useSession();
  const me = session.data?.user;
  return (id) => (me && me.id === id ? me.name : id);
}
