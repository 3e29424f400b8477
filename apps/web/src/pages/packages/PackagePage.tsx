import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api/client';
import { usePackage } from '../../api/packages';
import { useSession } from '../../api/session';
import type { NegotiationPackage } from '../../api/types';
import { paths } from '../../app/paths';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Loaded, ProblemMessage } from '../../components/Status';
import { BalanceTable } from './BalanceTable';
import { PackageBackingSection } from './PackageBackingSection';
import { PackageFacts } from './PackageFacts';
import { PackageItemsTable } from './PackageItemsTable';
import { PackageVersionsSection } from './PackageVersionsSection';
import { type Arrival, useRestoreVersion } from './use-restore-version';
import './packages.css';

/**
 * One negotiation package, its latest version or an earlier one (?version=N): the initiatives as
 * it takes them, its balance against the frames per area, who backs it, and its versions.
 */
export function PackagePage() {
  const roundId = useRoundId();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const version = Number(search.get('version')) || undefined;
  const packageId = Number(id);
  if (!/^\d{1,9}$/.test(id)) return <MissingPackage roundId={roundId} />;
  // Another package, version or arrival (a restore) is another page: nothing carried over.
  return (
    <PackageView
      key={`${packageId}/${version ?? ''}/${location.key}`}
      roundId={roundId}
      packageId={packageId}
      version={version}
    />
  );
}

function MissingPackage({ roundId }: { roundId: string }) {
  return (
    <Page title="Pakken findes ikke">
      <p>
        Budgetrunden har ingen sådan forhandlingspakke.{' '}
        <Link to={paths.packages(roundId)}>Gå til forhandlingspakkerne</Link>.
      </p>
    </Page>
  );
}

function PackageView({
  roundId,
  packageId,
  version,
}: {
  roundId: string;
  packageId: number;
  version: number | undefined;
}) {
  const one = usePackage(roundId, packageId, version);
  const session = useSession();
  const location = useLocation();
  const [confirmation, setConfirmation] = useState(
    () => (location.state as Arrival | null)?.confirmation ?? '',
  );
  const confirmationRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);
  if (one.error instanceof ApiProblem && one.error.status === 404 && version === undefined) {
    return <MissingPackage roundId={roundId} />;
  }
  const isCoordinator = session.data?.user.role === 'coordinator';
  const data = one.data;
  const latest = data ? data.version === data.latestVersion : false;
  return (
    <Page
      title={data ? `Forhandlingspakke: ${data.name}` : 'Forhandlingspakke'}
      actions={
        <>
          <Link className="button" to={paths.packages(roundId)}>
            Alle pakker
          </Link>
          {data && latest && isCoordinator ? (
            <Link className="button button-primary" to={paths.editPackage(roundId, packageId)}>
              Ret pakke
            </Link>
          ) : null}
          {data && isCoordinator ? (
            <Link className="button" to={paths.agreement(roundId, packageId, data.version)}>
              Indgå budgetaftale med denne pakke
            </Link>
          ) : null}
        </>
      }
    >
      <div ref={confirmationRef} tabIndex={-1} role="status" className="confirmation-region">
        {confirmation ? <p className="alert alert-ok">{confirmation}</p> : null}
      </div>
      <Loaded query={one} what="pakken">
        {(pkg) => (
          <>
            {latest ? null : (
              <OlderVersionNotice roundId={roundId} pkg={pkg} canRestore={isCoordinator} />
            )}
            <PackageFacts pkg={pkg} />
            <section aria-labelledby="pakke-forslag">
              <h2 id="pakke-forslag">Forslag i pakken ({pkg.items.length})</h2>
              <PackageItemsTable roundId={roundId} items={pkg.items} totals={pkg.totals} />
            </section>
            <section aria-labelledby="pakke-balance">
              <h2 id="pakke-balance">Balance mod rammerne</h2>
              <BalanceTable
                balance={pkg.balance}
                totals={pkg.totals}
                caption="Pakken pr. finansieringskasse og år mod rammerne (mio. kr.)"
              />
            </section>
            <PackageBackingSection
              roundId={roundId}
              pkg={pkg}
              canChange={latest}
              onSaved={setConfirmation}
            />
            <PackageVersionsSection
              roundId={roundId}
              packageId={packageId}
              shown={pkg.version}
              canRestore={isCoordinator}
            />
          </>
        )}
      </Loaded>
    </Page>
  );
}

/** An earlier version is on the page: say so, with the way to the latest and to restore it. */
function OlderVersionNotice({
  roundId,
  pkg,
  canRestore,
}: {
  roundId: string;
  pkg: NegotiationPackage;
  canRestore: boolean;
}) {
  const restore = useRestoreVersion(roundId, pkg.id);
  return (
    <div className="alert alert-info older-version">
      <p>
        Du ser version {pkg.version} af pakken; den seneste er version {pkg.latestVersion}.{' '}
        <Link to={paths.package(roundId, pkg.id)}>Vis den seneste version</Link>.
      </p>
      {canRestore ? (
        <button type="button" disabled={restore.pending} onClick={() => restore.run(pkg.version)}>
          Gendan version {pkg.version}
        </button>
      ) : null}
      <ProblemMessage error={restore.error} />
    </div>
  );
}
