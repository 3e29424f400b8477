import { usePackageVersions } from '../../api/packages';
import { Loaded, ProblemMessage } from '../../components/Status';
import { PackageVersionsTable } from './PackageVersionsTable';
import { useRestoreVersion } from './use-restore-version';

/** The package's versions, to look back at and, for coordinators, to restore. */
export function PackageVersionsSection({
  roundId,
  packageId,
  shown,
  canRestore,
}: {
  roundId: string;
  packageId: number;
  shown: number;
  canRestore: boolean;
}) {
  const versions = usePackageVersions(roundId, packageId);
  const restore = useRestoreVersion(roundId, packageId);
  return (
    <section aria-labelledby="pakke-versioner">
      <h2 id="pakke-versioner">Versioner</h2>
      <ProblemMessage error={restore.error} title="Versionen kunne ikke gendannes" />
      <Loaded query={versions} what="versionerne">
        {(data) => (
          <PackageVersionsTable
            roundId={roundId}
            versions={data}
            shown={shown}
            canRestore={canRestore}
            restoring={restore.pending}
            onRestore={restore.run}
          />
        )}
      </Loaded>
    </section>
  );
}
