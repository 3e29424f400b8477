import './packages.css';

/** The verdict's mark beside its words: the words carry it ("Overskrider rammerne"). */
function markOf(withinFrames: boolean | null): { mark: string; tone: string } {
  if (withinFrames === true) return { mark: '✓', tone: 'verdict-within' };
  if (withinFrames === false) return { mark: '✗', tone: 'verdict-exceeded' };
  return { mark: '?', tone: 'verdict-unknown' };
}

/** Whether a package, or one financing area of it, keeps within its frames, as the API says. */
export function BalanceVerdict({
  withinFrames,
  label,
}: {
  withinFrames: boolean | null;
  label: string;
}) {
  const { mark, tone } = markOf(withinFrames);
  return (
    <span className={`verdict ${tone}`}>
      <span className="verdict-mark" aria-hidden="true">
        {mark}
      </span>
      {label}
    </span>
  );
}
