import { stanceSpeakerRefusal } from '@budgetflow/domain';
import { useState } from 'react';
import { useSetPackageStance } from '../../api/packages';
import { useSession } from '../../api/session';
import type { NegotiationPackage, PackageStance } from '../../api/types';
import { StanceDialog } from '../support/StanceDialog';
import { BackingTable } from './BackingTable';

/**
 * Who backs the package, and the parties' way to say where they stand on it (a member for their
 * own group, a coordinator for any: the domain's rule). Stances are given on the latest version.
 */
export function PackageBackingSection({
  roundId,
  pkg,
  canChange,
  onSaved,
}: {
  roundId: string;
  pkg: NegotiationPackage;
  /** False while an earlier version is on the page. */
  canChange: boolean;
  onSaved: (confirmation: string) => void;
}) {
  const session = useSession();
  const user = session.data?.user;
  const [editing, setEditing] = useState<{
    stance: PackageStance;
    open: boolean;
    attempt: number;
  }>();
  const canSet = (partyGroup: string) =>
    canChange && user !== undefined && stanceSpeakerRefusal(user, partyGroup) === null;
  return (
    <section aria-labelledby="pakke-opbakning">
      <h2 id="pakke-opbakning">Opbakning</h2>
      <BackingTable
        backing={pkg.backing}
        canSet={canSet}
        onSet={(stance) =>
          setEditing((last) => ({ stance, open: true, attempt: (last?.attempt ?? 0) + 1 }))
        }
      />
      {editing ? (
        <PackageStanceDialog
          key={editing.attempt}
          roundId={roundId}
          pkg={pkg}
          stance={editing.stance}
          open={editing.open}
          onClose={() => setEditing({ ...editing, open: false })}
          onSaved={onSaved}
        />
      ) : null}
    </section>
  );
}

function PackageStanceDialog({
  roundId,
  pkg,
  stance,
  open,
  onClose,
  onSaved,
}: {
  roundId: string;
  pkg: NegotiationPackage;
  stance: PackageStance;
  open: boolean;
  onClose: () => void;
  onSaved: (confirmation: string) => void;
}) {
  const setStance = useSetPackageStance(roundId, pkg.id);
  return (
    <StanceDialog
      open={open}
      question={{ subject: `pakken ${pkg.name}`, current: stance }}
      onClose={onClose}
      pending={setStance.isPending}
      error={setStance.error}
      save={async (change) => {
        const saved = await setStance.mutateAsync(change);
        onClose();
        onSaved(`Holdningen for ${change.partyGroup} er gemt. ${saved.majority.label}.`);
      }}
    />
  );
}
