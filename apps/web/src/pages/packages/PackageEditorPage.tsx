import { Link, useParams } from 'react-router';
import { useInitiatives } from '../../api/initiatives';
import { usePackage } from '../../api/packages';
import { useRound } from '../../api/rounds';
import { useSession } from '../../api/session';
import type { NegotiationPackage } from '../../api/types';
import { paths } from '../../app/paths';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { candidatesOf, candidateStates } from './candidates';
import { packageDraftOf } from './package-draft';
import { PackageEditor } from './PackageEditor';
import './packages.css';

/** "Ny pakke" (`…/pakker/ny`) and "Ret pakke" (`…/pakker/{id}/ret`): coordinators only. */
export function PackageEditorPage() {
  const roundId = useRoundId();
  const { id } = useParams();
  const session = useSession();
  const packageId = id === undefined ? null : Number(id);
  const title = packageId === null ? 'Ny forhandlingspakke' : 'Ret forhandlingspakke';
  if (id !== undefined && !/^\d{1,9}$/.test(id)) {
    return (
      <Page title="Pakken findes ikke">
        <p>
          Budgetrunden har ingen sådan forhandlingspakke.{' '}
          <Link to={paths.packages(roundId)}>Gå til forhandlingspakkerne</Link>.
        </p>
      </Page>
    );
  }
  if (session.data && session.data.user.role !== 'coordinator') {
    return (
      <Page title={title}>
        <p>
          Kun koordinatorerne sammensætter forhandlingspakker.{' '}
          <Link to={paths.packages(roundId)}>Se budgetrundens pakker</Link>.
        </p>
      </Page>
    );
  }
  return (
    <Page title={title}>
      {packageId === null ? (
        <EditorLoader roundId={roundId} current={null} />
      ) : (
        <ExistingPackage roundId={roundId} packageId={packageId} />
      )}
    </Page>
  );
}

function ExistingPackage({ roundId, packageId }: { roundId: string; packageId: number }) {
  const current = usePackage(roundId, packageId);
  return (
    <Loaded query={current} what="pakken">
      {(pkg) => <EditorLoader roundId={roundId} current={pkg} />}
    </Loaded>
  );
}

/** The round's years and initiatives, then the form, started from the package as it is. */
function EditorLoader({
  roundId,
  current,
}: {
  roundId: string;
  current: NegotiationPackage | null;
}) {
  const round = useRound(roundId);
  const offered = useInitiatives({ round: roundId, state: candidateStates }, { pageSize: 200 });
  const both = {
    data: round.data && offered.data ? { round: round.data, offered: offered.data } : undefined,
    error: round.error ?? offered.error,
    isPending: round.isPending || offered.isPending,
  };
  return (
    <Loaded query={both} what="budgetrundens forslag">
      {(data) => (
        <PackageEditor
          roundId={roundId}
          packageId={current?.id ?? null}
          years={data.round.years}
          candidates={candidatesOf(data.offered.items, current?.items ?? [])}
          start={packageDraftOf(current)}
        />
      )}
    </Loaded>
  );
}
