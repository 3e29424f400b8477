import { organisation, roleLabels } from '@budgetflow/domain';
import { useEffect } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { useUnreadCount } from '../api/notifications';
import { useRounds } from '../api/rounds';
import { useSession, useSignOut } from '../api/session';
import type { User } from '../api/types';
import { Loading, ProblemMessage } from '../components/Status';
import { paths } from './paths';
import { lastRound, rememberRound } from './use-round-id';

/** The frame of every signed-in page: skip link, header with round and menu, the page. */
export function Layout() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading what="din session" />;
  if (session.error) return <ProblemMessage error={session.error} />;
  if (!session.data) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`${paths.signIn}?tilbage=${encodeURIComponent(back)}`} replace />;
  }
  const { user } = session.data;
  return (
    <>
      <a className="skip-link" href="#indhold">
        Spring til indhold
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <a className="brand" href="/">
            Budgetflow <span className="brand-organisation">{organisation.name}</span>
          </a>
          <RoundPicker />
          <Menu user={user} />
          <UserMenu user={user} />
        </div>
      </header>
      <main id="indhold" className="app-main">
        <Outlet />
      </main>
    </>
  );
}

/**
 * The round the header is about: the page's own, else the one last used (or the newest), so the
 * menu keeps its way back from pages outside a round, such as the messages.
 */
function useCurrentRound(): { roundId: string | undefined; inPath: boolean } {
  const { roundId: inPath } = useParams();
  const rounds = useRounds();
  useEffect(() => {
    if (inPath) rememberRound(inPath);
  }, [inPath]);
  if (inPath) return { roundId: inPath, inPath: true };
  const list = rounds.data ?? [];
  const remembered = lastRound();
  const fallback =
    list.find((round) => round.id === remembered) ??
    [...list].sort((a, b) => b.firstYear - a.firstYear)[0];
  return { roundId: fallback?.id, inPath: false };
}

function RoundPicker() {
  const rounds = useRounds();
  const { roundId, inPath } = useCurrentRound();
  const navigate = useNavigate();
  const location = useLocation();
  if (!rounds.data || rounds.data.length === 0) return null;
  return (
    <label className="round-picker">
      <span>Budgetrunde</span>
      <select
        value={roundId ?? ''}
        onChange={(event) => {
          const next = event.target.value;
          rememberRound(next);
          // Stay on the same kind of page in the other round.
          const rest = inPath
            ? location.pathname.split('/').slice(3, 4).join('/') || 'forslag'
            : 'forslag';
          void navigate(`/runder/${encodeURIComponent(next)}/${rest}`);
        }}
      >
        {roundId ? null : <option value="">Vælg runde</option>}
        {rounds.data.map((round) => (
          <option key={round.id} value={round.id}>
            {round.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function Menu({ user }: { user: User }) {
  const { roundId } = useCurrentRound();
  const unread = useUnreadCount(true);
  const count = unread.data?.unread ?? 0;
  const putsForward = user.role === 'partyGroupMember' || user.role === 'administration';
  return (
    <nav aria-label="Hovedmenu" className="menu">
      <ul>
        {roundId ? (
          <>
            <li>
              <NavLink to={paths.initiatives(roundId)} end>
                Forslag
              </NavLink>
            </li>
            {putsForward ? (
              <li>
                <NavLink to={paths.workspace(roundId)}>
                  {user.role === 'partyGroupMember' ? 'Partiets kladder' : 'Egne forslag'}
                </NavLink>
              </li>
            ) : null}
            {putsForward ? (
              <li>
                <NavLink to={paths.import(roundId)}>Importér</NavLink>
              </li>
            ) : null}
            {user.role === 'administration' ? (
              <li>
                <NavLink to={paths.inbox(roundId)}>Opgaver</NavLink>
              </li>
            ) : null}
            {user.role === 'coordinator' || user.role === 'systemAdministrator' ? (
              <li>
                <NavLink to={paths.board(roundId)}>Overblik</NavLink>
              </li>
            ) : null}
            {/* Every signed-in person may read the packages and the support grid. */}
            <li>
              <NavLink to={paths.packages(roundId)}>Pakker</NavLink>
            </li>
            <li>
              <NavLink to={paths.support(roundId)}>Opbakning</NavLink>
            </li>
            {/* Everyone reads the questions and follows the agreement; who may act is the API's. */}
            <li>
              <NavLink to={paths.questions(roundId)}>Spørgsmål</NavLink>
            </li>
            <li>
              <NavLink to={paths.agreement(roundId)}>Budgetaftale</NavLink>
            </li>
            <li>
              <NavLink to={paths.calendar(roundId)}>Kalender</NavLink>
            </li>
          </>
        ) : null}
        <li>
          <NavLink to={paths.notifications}>
            Beskeder
            {count > 0 ? (
              <span className="count" aria-label={`${count} ulæste`}>
                {count}
              </span>
            ) : null}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}

function UserMenu({ user }: { user: User }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const parties = user.partyGroups.length ? ` · ${user.partyGroups.join(', ')}` : '';
  return (
    <div className="user-menu">
      <span>
        <strong>{user.name}</strong>
        <span className="muted">
          {' '}
          {roleLabels[user.role]}
          {parties}
        </span>
      </span>
      <NavLink to={paths.account}>Min konto</NavLink>
      <button
        type="button"
        className="button-quiet"
        onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate(paths.signIn) })}
      >
        Log ud
      </button>
    </div>
  );
}
