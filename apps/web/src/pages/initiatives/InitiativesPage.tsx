import { useMemo } from 'react';
import { useInitiatives } from '../../api/initiatives';
import { useRound } from '../../api/rounds';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Empty, Loading, ProblemMessage } from '../../components/Status';
import { InitiativeFilters } from './InitiativeFilters';
import { InitiativesTable } from './InitiativesTable';
import { apiSort, filterOf, useListParams } from './list-params';
import { ListTotals } from './ListTotals';
import { Pagination } from './Pagination';

const pageSize = 200;

/** The round's initiatives: filtered, sorted, counted and summed, all kept in the address. */
export function InitiativesPage() {
  const roundId = useRoundId();
  const round = useRound(roundId);
  const { params, update, reset } = useListParams();
  const filter = useMemo(() => filterOf(roundId, params), [roundId, params]);
  const list = useInitiatives(filter, { sort: apiSort(params.sort), page: params.page, pageSize });
  // The committees to filter by are those of the whole round, whatever is filtered now.
  const all = useInitiatives({ round: roundId }, { pageSize });
  const committees = useMemo(
    () => [...new Set((all.data?.items ?? []).map((item) => item.committee))],
    [all.data],
  );
  const title = round.data ? `Forslag · ${round.data.name}` : 'Forslag';
  return (
    <Page title={title}>
      <InitiativeFilters
        params={params}
        committees={committees}
        onChange={update}
        onReset={reset}
      />
      <p className="initiatives-count" role="status">
        {list.data ? countText(list.data.total) : null}
      </p>
      {list.isPending ? (
        <Loading what="forslagene" />
      ) : list.error || !list.data ? (
        <ProblemMessage error={list.error} title="Kunne ikke hente forslagene" />
      ) : list.data.items.length === 0 ? (
        <Empty>Ingen forslag matcher filtrene.</Empty>
      ) : (
        <>
          <InitiativesTable
            items={list.data.items}
            sort={params.sort}
            onSort={(sort) => update({ sort })}
            busy={list.isFetching}
          />
          <Pagination
            page={params.page}
            pageSize={pageSize}
            total={list.data.total}
            onPage={(page) => update({ page })}
          />
          <ListTotals filter={filter} />
        </>
      )}
    </Page>
  );
}

function countText(count: number): string {
  return `${count.toLocaleString('da-DK')} forslag`;
}
