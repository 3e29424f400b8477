/** Pages of the list, shown only when the round has more initiatives than one page holds. */
export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <nav className="pagination" aria-label="Sider">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Forrige side
      </button>
      <span>
        Viser {first}–{last} af {total}
      </span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Næste side
      </button>
    </nav>
  );
}
