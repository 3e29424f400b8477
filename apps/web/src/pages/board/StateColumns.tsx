import {
  compareInitiativeNumbers,
  type LifecycleState,
  lifecycleStates,
  stateLabels,
  terminalStates,
} from '@budgetflow/domain';
import { useInitiatives, useStateSummary } from '../../api/initiatives';
import type { InitiativeListItem, StateSummary } from '../../api/types';
import { Loaded, ProblemMessage } from '../../components/Status';
import { InitiativeCard } from './InitiativeCard';

/** Drafts are the parties' own until submitted; the board starts at submission. */
const boardStates = lifecycleStates.filter((state) => state !== 'draft');
const activeStates = boardStates.filter((state) => !terminalStates.includes(state));

/**
 * The initiatives by lifecycle state, a column per state, the ended states compact. Read-only:
 * steps are taken on the initiative's own page. Each column is a section with a heading, so a
 * screen reader can move from state to state.
 */
export function StateColumns({ roundId }: { roundId: string }) {
  const list = useInitiatives({ round: roundId, state: boardStates });
  const summary = useStateSummary({ round: roundId, state: boardStates });
  return (
    <section aria-labelledby="forslag-efter-status">
      <h2 id="forslag-efter-status">Forslag efter status</h2>
      <ProblemMessage error={summary.error} title="Kunne ikke hente antal og beløb pr. status" />
      <Loaded query={list} what="forslagene">
        {(page) => {
          const byState = groupByState(page.items);
          const column = (state: LifecycleState, compact: boolean) => (
            <StateColumn
              key={state}
              state={state}
              initiatives={byState.get(state) ?? []}
              summary={summary.data?.states.find((one) => one.state === state)}
              compact={compact}
            />
          );
          return (
            <>
              {page.total > page.items.length ? (
                <p className="alert alert-info">
                  Tavlen viser {page.items.length} af {page.total} forslag.
                </p>
              ) : null}
              <h3 className="board-group-heading">Forslag undervejs</h3>
              <div className="board-columns">
                {activeStates.map((state) => column(state, false))}
              </div>
              <h3 className="board-group-heading">Afsluttede forslag</h3>
              <div className="board-columns board-columns-ended">
                {terminalStates.map((state) => column(state, true))}
              </div>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

function StateColumn({
  state,
  initiatives,
  summary,
  compact,
}: {
  state: LifecycleState;
  initiatives: readonly InitiativeListItem[];
  summary: StateSummary['states'][number] | undefined;
  compact: boolean;
}) {
  const headingId = `tavle-${state}`;
  return (
    <section aria-labelledby={headingId} className={`board-column board-column-${state}`}>
      <header className="board-column-header">
        <h4 id={headingId}>
          {stateLabels[state]}
          {summary ? <span className="board-column-count"> ({summary.count})</span> : null}
        </h4>
        {summary ? (
          <p className="board-column-sum num">
            <span className="visually-hidden">I alt: </span>
            {summary.total.formatted}
          </p>
        ) : null}
      </header>
      {initiatives.length === 0 ? (
        <p className="board-column-empty muted">Ingen forslag</p>
      ) : (
        <ul className="board-cards">
          {initiatives.map((initiative) => (
            <InitiativeCard key={initiative.number} initiative={initiative} compact={compact} />
          ))}
        </ul>
      )}
    </section>
  );
}

function groupByState(items: readonly InitiativeListItem[]) {
  const groups = new Map<LifecycleState, InitiativeListItem[]>();
  const byNumber = [...items].sort((a, b) => compareInitiativeNumbers(a.number, b.number));
  for (const item of byNumber) {
    const group = groups.get(item.state) ?? [];
    group.push(item);
    groups.set(item.state, group);
  }
  return groups;
}
