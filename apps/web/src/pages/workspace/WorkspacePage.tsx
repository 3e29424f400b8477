import { submittedByLabel } from '@budgetflow/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { useRound } from '../../api/rounds';
import { useSession } from '../../api/session';
import type { InitiativeListItem, User } from '../../api/types';
import { paths } from '../../app/paths';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Empty, Loaded } from '../../components/Status';
import { type LocalDraft, LocalDrafts } from '../../drafts/local-drafts';
import type { DraftValues } from './draft-values';
import { useWorkspaceInitiatives } from './use-workspace-initiatives';
import { type WorkspaceRow, WorkspaceTable } from './WorkspaceTable';

/** The party group's own initiatives in the round: its drafts first, then what it has submitted. */
export function WorkspacePage() {
  const roundId = useRoundId();
  const user = useSession().data?.user;
  if (!user) return null;
  const ownsDrafts = user.role === 'partyGroupMember' || user.role === 'administration';
  const title = user.role === 'administration' ? 'Egne forslag' : 'Partiets kladder';
  if (!ownsDrafts) {
    return (
      <Page title="Kladder">
        <p>Kun partigrupperne og administrationen skriver forslag.</p>
      </Page>
    );
  }
  return (
    <Page
      title={title}
      actions={
        <Link className="button button-primary" to={paths.newDraft(roundId)}>
          Nyt forslag
        </Link>
      }
    >
      <Workspace roundId={roundId} user={user} />
    </Page>
  );
}

function Workspace({ roundId, user }: { roundId: string; user: User }) {
  const round = useRound(roundId);
  const initiatives = useWorkspaceInitiatives(roundId, user);
  // The browser's copies, read once as the page opens: they change only in the editor.
  const [copies] = useState(() => new LocalDrafts(user.id, roundId).list());
  const own =
    user.role === 'administration'
      ? 'administrationens egne forslag'
      : `forslag fra ${submittedByLabel({ kind: 'partyGroups', partyGroups: user.partyGroups })}`;
  return (
    <>
      <p>
        Her er {own}
        {round.data ? ` i ${round.data.name}` : ''}. En kladde kan kun ses af forslagsstillerne,
        indtil den indsendes.
      </p>
      <Loaded query={initiatives} what="forslagene">
        {(items) => {
          const drafts = [
            ...newDraftRows(roundId, user, copies),
            ...items
              .filter((item) => item.state === 'draft')
              .map((item) => rowOf(roundId, item, copies)),
          ];
          const others = items
            .filter((item) => item.state !== 'draft')
            .map((item) => rowOf(roundId, item, copies));
          return (
            <>
              <section aria-labelledby="workspace-drafts">
                <h2 id="workspace-drafts">Kladder</h2>
                {drafts.length > 0 ? (
                  <WorkspaceTable caption="Kladder" rows={drafts} />
                ) : (
                  <Empty>Ingen kladder. Begynd på et nyt forslag med knappen Nyt forslag.</Empty>
                )}
              </section>
              <section aria-labelledby="workspace-submitted">
                <h2 id="workspace-submitted">Indsendte forslag</h2>
                {others.length > 0 ? (
                  <WorkspaceTable caption="Indsendte forslag" rows={others} />
                ) : (
                  <Empty>Ingen indsendte forslag i denne runde endnu.</Empty>
                )}
              </section>
            </>
          );
        }}
      </Loaded>
    </>
  );
}

type Copies = readonly { slot: string; draft: LocalDraft }[];

/** A new draft that so far exists only in this browser. */
function newDraftRows(roundId: string, user: User, copies: Copies): WorkspaceRow[] {
  return copies
    .filter((copy) => copy.slot === 'ny')
    .map(({ draft }) => {
      const values = draft.values as Partial<DraftValues>;
      return {
        key: 'ny',
        number: draft.number,
        title: draft.title,
        submittedBy:
          user.role === 'administration'
            ? 'Administrationen'
            : submittedByLabel({ kind: 'partyGroups', partyGroups: values.partyGroups ?? [] }),
        state: null,
        unsaved: true,
        changedAt: draft.changedAt,
        link: { to: paths.newDraft(roundId), text: 'Fortsæt' },
      };
    });
}

function rowOf(roundId: string, item: InitiativeListItem, copies: Copies): WorkspaceRow {
  const isDraft = item.state === 'draft';
  const copy = isDraft ? copies.find((each) => each.slot === item.number) : undefined;
  return {
    key: item.number,
    number: item.number,
    title: copy?.draft.title || item.title,
    submittedBy: item.submittedByLabel,
    state: { state: item.state, label: item.stateLabel },
    unsaved: copy !== undefined,
    changedAt: copy?.draft.changedAt ?? item.updatedAt,
    link: isDraft
      ? { to: paths.draft(roundId, item.number), text: 'Rediger' }
      : { to: paths.initiative(roundId, item.number), text: 'Åbn' },
  };
}
