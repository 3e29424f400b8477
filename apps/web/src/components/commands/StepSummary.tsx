/** A step already taken, shown as what was given rather than as fields to fill in again. */
export function StepSummary({ text, note }: { text: string; note: string }) {
  return (
    <div className="step-summary">
      <p className="muted">{note}</p>
      <blockquote className="step-summary-text">{text}</blockquote>
    </div>
  );
}
