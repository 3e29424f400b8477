import { useState } from 'react';
import { type AgreementPreview, useConcludeAgreement } from '../../api/agreement';
import { Dialog } from '../../components/Dialog';
import { ProblemMessage } from '../../components/Status';

/**
 * "Indgå budgetaftalen": what it will do, said once more before it is done, since it cannot be
 * undone. The package version is named, so what is concluded is what was previewed.
 */
export function ConcludeDialog({
  roundId,
  preview,
  open,
  onClose,
  onConcluded,
}: {
  roundId: string;
  preview: AgreementPreview;
  open: boolean;
  onClose: () => void;
  onConcluded: (confirmation: string) => void;
}) {
  return (
    <Dialog open={open} title="Indgå budgetaftalen" onClose={onClose}>
      <ConcludeConfirmation
        roundId={roundId}
        preview={preview}
        onClose={onClose}
        onConcluded={onConcluded}
      />
    </Dialog>
  );
}

function ConcludeConfirmation({
  roundId,
  preview,
  onClose,
  onConcluded,
}: {
  roundId: string;
  preview: AgreementPreview;
  onClose: () => void;
  onConcluded: (confirmation: string) => void;
}) {
  const conclude = useConcludeAgreement(roundId);
  // One key per opening: a retry after a lost answer finds the agreement its first try started.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { package: pkg, counts } = preview;
  return (
    <div className="conclude-agreement">
      <p>
        Budgetaftalen indgås med <strong>{pkg.label}</strong>:
      </p>
      <ul>
        <li>{counts.included} forslag optages med den aftalte økonomi</li>
        <li>{counts.rejected} forslag afvises, fordi de ikke er med i budgetaftalen</li>
      </ul>
      <p>Det kan ikke gøres om; budgetrunden har én budgetaftale.</p>
      <ProblemMessage error={conclude.error} title="Budgetaftalen blev ikke indgået" />
      <div className="conclude-actions">
        <button type="button" onClick={onClose}>
          Annuller
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={conclude.isPending}
          onClick={() => {
            // Once the API has answered, the agreement takes the preview's place, and this
            // dialog goes with it: the news is told from the promise, which outlives them (a
            // callback given to mutate would not be called).
            const concluded = `Budgetaftalen med ${pkg.label} er sat i gang.`;
            conclude.mutateAsync({ packageId: pkg.id, version: pkg.version, idempotencyKey }).then(
              () => onConcluded(concluded),
              // The refusal is shown in the dialog (conclude.error).
              () => undefined,
            );
          }}
        >
          {conclude.isPending ? 'Indgår budgetaftalen …' : 'Indgå budgetaftalen'}
        </button>
      </div>
    </div>
  );
}
