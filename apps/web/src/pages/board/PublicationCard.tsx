import { useState } from 'react';
import { usePublication, useRelease, useSetHoldBack } from '../../api/publication';
import { useSession } from '../../api/session';
import { Dialog } from '../../components/Dialog';
import { Loaded, ProblemMessage } from '../../components/Status';

/**
 * Fair publication on the board: whether the administration's answers wait for a release, and
 * when they were last released. Coordinators switch it and release; everyone sees where it stands.
 */
export function PublicationCard({ roundId }: { roundId: string }) {
  const publication = usePublication(roundId);
  const session = useSession();
  const steering = session.data?.user.role === 'coordinator';
  return (
    <section aria-labelledby="offentliggoerelse" className="card section-card">
      <h2 id="offentliggoerelse">Offentliggørelse af administrationens svar</h2>
      <Loaded query={publication} what="offentliggørelsen">
        {(data) => (
          <>
            <p>
              {data.holdBack
                ? 'Administrationens vurderinger, prisfastsættelser og svar holdes tilbage og frigives til alle partigrupper på samme tidspunkt.'
                : 'Administrationens vurderinger, prisfastsættelser og svar offentliggøres løbende.'}
            </p>
            {data.holdBack ? (
              <p>
                {data.releasedUntilText
                  ? `Senest frigivet ${data.releasedUntilText}.`
                  : 'Intet er frigivet endnu.'}
              </p>
            ) : null}
            {steering ? <PublicationActions roundId={roundId} holdBack={data.holdBack} /> : null}
          </>
        )}
      </Loaded>
    </section>
  );
}

function PublicationActions({ roundId, holdBack }: { roundId: string; holdBack: boolean }) {
  const setHoldBack = useSetHoldBack(roundId);
  const release = useRelease(roundId);
  const [confirming, setConfirming] = useState(false);
  const [releaseKey, setReleaseKey] = useState(() => crypto.randomUUID());
  const [switchKey, setSwitchKey] = useState(() => crypto.randomUUID());
  const failed = setHoldBack.error ?? release.error;
  return (
    <>
      <div className="page-actions">
        {holdBack ? (
          <button type="button" className="button-primary" onClick={() => setConfirming(true)}>
            Frigiv til alle partigrupper
          </button>
        ) : null}
        <button
          type="button"
          className="button-quiet"
          disabled={setHoldBack.isPending}
          onClick={async () => {
            await setHoldBack.mutateAsync({ holdBack: !holdBack, idempotencyKey: switchKey });
            setSwitchKey(crypto.randomUUID());
          }}
        >
          {holdBack ? 'Offentliggør løbende' : 'Hold svar tilbage til frigivelse'}
        </button>
      </div>
      {failed ? <ProblemMessage error={failed} title="Kunne ikke ændre offentliggørelsen" /> : null}
      <Dialog
        open={confirming}
        title="Frigiv administrationens svar"
        onClose={() => setConfirming(false)}
      >
        <p>
          Alt, hvad administrationen har afgivet indtil nu, bliver synligt for alle partigrupper på
          én gang. Det kan ikke trækkes tilbage.
        </p>
        <div className="page-actions">
          <button
            type="button"
            className="button-primary"
            disabled={release.isPending}
            onClick={async () => {
              await release.mutateAsync({ idempotencyKey: releaseKey });
              setReleaseKey(crypto.randomUUID());
              setConfirming(false);
            }}
          >
            Frigiv nu
          </button>
          <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
            Annuller
          </button>
        </div>
      </Dialog>
    </>
  );
}
