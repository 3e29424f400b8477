import type { Role } from '@budgetflow/domain';
import { Navigate } from 'react-router';
import { useRounds } from '../api/rounds';
import { useSession } from '../api/session';
import { paths } from '../app/paths';
import { lastRound } from '../app/use-round-id';
import { Page } from '../components/Page';
import { Empty, Loaded } from '../components/Status';

/** Where each role starts its day. */
const homeOf: Record<Role, (roundId: string) => string> = {
  partyGroupMember: paths.workspace,
  administration: paths.inbox,
  coordinator: paths.board,
  systemAdministrator: paths.initiatives,
};

/** The start page: the round last looked at (else the newest), on the page of one's role. */
export function HomePage() {
  const session = useSession();
  const rounds = useRounds();
  return (
    <Loaded query={rounds} what="budgetrunderne">
      {(list) => {
        if (list.length === 0)
          return (
            <Page title="Budgetflow">
              <Empty>Der er endnu ingen budgetrunder.</Empty>
            </Page>
          );
        const remembered = lastRound();
        const round =
          list.find((one) => one.id === remembered) ??
          [...list].sort((a, b) => b.firstYear - a.firstYear)[0]!;
        const role = session.data?.user.role ?? 'partyGroupMember';
        return <Navigate to={homeOf[role](round.id)} replace />;
      }}
    </Loaded>
  );
}
