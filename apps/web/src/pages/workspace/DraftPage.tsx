import { type ReactNode, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiProblem } from '../../api/client';
import { useInitiative } from '../../api/initiatives';
import { usePartyGroups, useRound } from '../../api/rounds';
import { useSession } from '../../api/session';
import type { PartyGroup, Round, User } from '../../api/types';
import { paths } from '../../app/paths';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Loading, ProblemMessage } from '../../components/Status';
import { DraftEditor } from './DraftEditor';

/**
 * A draft: new (/kladder/ny) or existing (/kladder/4.7). When a new draft is created by the
 * autosave, the address becomes the draft's own, but the editor stays as it is: the person is
 * typing in it.
 */
export function DraftPage() {
  const roundId = useRoundId();
  const { number } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const user = useSession().data?.user;
  const round = useRound(roundId);
  const groups = usePartyGroups();
  const [created, setCreated] = useState<{ number: string; at: string } | null>(null);
  // Back at "Nyt forslag" by a navigation of its own: a fresh form, not the one just created.
  if (!number && created && created.at !== location.key) setCreated(null);

  if (!user) return null;
  const back = (
    <Link className="button" to={paths.workspace(roundId)}>
      {user.role === 'administration' ? 'Til egne forslag' : 'Til partiets kladder'}
    </Link>
  );
  if (user.role !== 'partyGroupMember' && user.role !== 'administration') {
    return (
      <Page title="Forslag" actions={back}>
        <p>Kun partigrupperne og administrationen skriver forslag.</p>
      </Page>
    );
  }
  if (round.isPending || groups.isPending) return <Loading what="formularen" />;
  if (!round.data || !groups.data) {
    return (
      <ProblemMessage error={round.error ?? groups.error} title="Formularen kunne ikke hentes" />
    );
  }

  const common = { round: round.data, user, groups: groups.data, back };
  if (number && created?.number !== number) {
    return <ExistingDraft key={number} number={number} {...common} />;
  }
  return (
    <Page title={number ? `Kladde ${number}` : 'Nyt forslag'} actions={back}>
      <DraftEditor
        key={`ny:${created ? created.at : location.key}`}
        round={round.data}
        user={user}
        groups={groups.data}
        initiative={null}
        onCreated={(createdNumber) => {
          setCreated({ number: createdNumber, at: location.key });
          void navigate(paths.draft(roundId, createdNumber), { replace: true });
        }}
      />
    </Page>
  );
}

function ExistingDraft({
  number,
  round,
  user,
  groups,
  back,
}: {
  number: string;
  round: Round;
  user: User;
  groups: readonly PartyGroup[];
  back: ReactNode;
}) {
  const initiative = useInitiative(round.id, number);
  if (initiative.isPending) {
    return (
      <Page title={`Kladde ${number}`} actions={back}>
        <Loading what="kladden" />
      </Page>
    );
  }
  // Another group's draft is, to this user, simply not there: the API says 404 and so do we.
  if (initiative.error instanceof ApiProblem && initiative.error.status === 404) {
    return (
      <Page title="Forslaget findes ikke" actions={back}>
        <p>
          Der er intet forslag {number} i {round.name}, som du kan redigere. Tjek nummeret, eller
          find forslaget i listen over kladder.
        </p>
      </Page>
    );
  }
  if (!initiative.data) {
    return (
      <Page title={`Kladde ${number}`} actions={back}>
        <ProblemMessage error={initiative.error} title="Kladden kunne ikke hentes" />
      </Page>
    );
  }
  const draft = initiative.data;
  if (draft.state !== 'draft') {
    return (
      <Page title={`Forslag ${number}`} actions={back}>
        <p>
          Forslaget er ikke længere en kladde ({draft.stateLabel.toLowerCase()}) og kan derfor ikke
          redigeres.
        </p>
        <p>
          <Link to={paths.initiative(round.id, number)}>Åbn forslag {number}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={`Kladde ${number}`} actions={back}>
      <DraftEditor
        round={round}
        user={user}
        groups={groups}
        initiative={draft}
        onCreated={() => undefined}
      />
    </Page>
  );
}
