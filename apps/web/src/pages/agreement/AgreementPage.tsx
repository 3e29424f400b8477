import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type AgreementPreview, useAgreement, useAgreementPreview } from '../../api/agreement';
import { usePackages } from '../../api/packages';
import { useRound } from '../../api/rounds';
import { useSession } from '../../api/session';
import { paths } from '../../app/paths';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Empty, Loaded } from '../../components/Status';
import { type AgreementChoice, parseAgreementChoice } from './agreement-choice';
import { AgreementPreviewView } from './AgreementPreview';
import { AgreementProgress } from './AgreementProgress';
import { ConcludeDialog } from './ConcludeDialog';
import { NoAgreement } from './NoAgreement';
import { PackageChooser } from './PackageChooser';
import '../packages/packages.css';
import './agreement.css';

/**
 * "Budgetaftale": the negotiation concluded with one version of a package. Before it, the
 * coordinators choose the package and see what the agreement would do, and conclude it; once
 * there is one, everyone follows it here, step by step, until it is concluded.
 */
export function AgreementPage() {
  const roundId = useRoundId();
  const round = useRound(roundId);
  const session = useSession();
  const agreement = useAgreement(roundId);
  const [confirmation, setConfirmation] = useState('');
  const confirmationRef = useRef<HTMLDivElement>(null);
  // The button that concluded it is gone with the preview: the focus goes to the news.
  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);
  const isCoordinator = session.data?.user.role === 'coordinator';
  return (
    <Page title={round.data ? `Budgetaftale · ${round.data.name}` : 'Budgetaftale'}>
      <div ref={confirmationRef} tabIndex={-1} role="status" className="confirmation-region">
        {confirmation ? <p className="alert alert-ok">{confirmation}</p> : null}
      </div>
      <Loaded query={agreement} what="budgetaftalen">
        {(data) =>
          data ? (
            <AgreementProgress roundId={roundId} agreement={data} />
          ) : isCoordinator ? (
            <AgreementPlanner roundId={roundId} onConcluded={setConfirmation} />
          ) : (
            <NoAgreement roundId={roundId} />
          )
        }
      </Loaded>
    </Page>
  );
}

/** The coordinators' way to the agreement: a package version, its preview, the conclusion. */
function AgreementPlanner({
  roundId,
  onConcluded,
}: {
  roundId: string;
  onConcluded: (confirmation: string) => void;
}) {
  const [search] = useSearchParams();
  const chosen = parseAgreementChoice(search);
  const packages = usePackages(roundId);
  return (
    <>
      <p className="muted agreement-intro">
        Budgetaftalen indgås med én version af en forhandlingspakke: pakkens forslag optages med
        pakkens tilpasninger som endelig prisfastsættelse, og budgetrundens øvrige åbne forslag
        afvises.
      </p>
      <Loaded query={packages} what="forhandlingspakkerne">
        {({ packages: list }) =>
          list.length === 0 ? (
            <Empty>
              Der er ingen forhandlingspakker i budgetrunden endnu.{' '}
              <Link to={paths.newPackage(roundId)}>Sammensæt en pakke</Link>.
            </Empty>
          ) : (
            <PackageChooser
              key={`${chosen.packageId ?? ''}/${chosen.version ?? ''}`}
              roundId={roundId}
              packages={list}
              chosen={chosen}
            />
          )
        }
      </Loaded>
      {chosen.packageId !== null ? (
        <PreviewSection
          key={`${chosen.packageId}/${chosen.version ?? ''}`}
          roundId={roundId}
          choice={{ packageId: chosen.packageId, version: chosen.version }}
          onConcluded={onConcluded}
        />
      ) : null}
    </>
  );
}

function PreviewSection({
  roundId,
  choice,
  onConcluded,
}: {
  roundId: string;
  choice: AgreementChoice & { packageId: number };
  onConcluded: (confirmation: string) => void;
}) {
  const preview = useAgreementPreview(roundId, choice.packageId, choice.version);
  // The dialog stays mounted while it closes, so the browser hands the focus back to its button.
  const [open, setOpen] = useState(false);
  return (
    <Loaded query={preview} what="budgetaftalens virkning">
      {(data: AgreementPreview) => (
        <>
          <AgreementPreviewView
            roundId={roundId}
            preview={data}
            conclude={
              <div className="conclude-bar">
                <p>Budgetaftalen kan indgås med denne pakke.</p>
                <button type="button" className="button-primary" onClick={() => setOpen(true)}>
                  Indgå budgetaftalen
                </button>
              </div>
            }
          />
          <ConcludeDialog
            roundId={roundId}
            preview={data}
            open={open}
            onClose={() => setOpen(false)}
            onConcluded={onConcluded}
          />
        </>
      )}
    </Loaded>
  );
}
