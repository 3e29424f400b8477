import { dateTime } from '../../format';
import type { SaveStatus as Status } from '../../drafts/draft-saver';

const clock = new Intl.DateTimeFormat('da-DK', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Copenhagen',
});

const day = new Intl.DateTimeFormat('da-DK', { dateStyle: 'short', timeZone: 'Europe/Copenhagen' });

/** "kl. 14.32" today, else "2. september 2026 kl. 14.32". */
export function whenSaved(at: Date, now = new Date()): string {
  if (day.format(at) !== day.format(now)) return dateTime(at.toISOString());
  return `kl. ${clock.format(at).replace(':', '.')}`;
}

const kept = (keptLocally: boolean) =>
  keptLocally
    ? 'dine ændringer er bevaret i browseren'
    : 'browseren kunne ikke gemme en kopi, så luk ikke siden';

export function saveStatusText(status: Status): string {
  switch (status.kind) {
    case 'new':
      return 'Ikke gemt endnu';
    case 'saved':
      return `Gemt ${whenSaved(status.at)}`;
    case 'waiting':
      return `Gemmes om lidt — ${kept(status.keptLocally)}`;
    case 'saving':
      return 'Gemmer …';
    case 'failed':
      return `Ikke gemt: ${status.reason.replace(/\.$/, '')} — ${kept(status.keptLocally)}${
        status.retrying ? '. Prøver igen om lidt' : ''
      }`;
  }
}

/** Always on screen, and read out politely when it changes (not on every keystroke). */
export function SaveStatus({ status }: { status: Status }) {
  return (
    <p className={`save-status save-status-${status.kind}`} role="status" aria-live="polite">
      {saveStatusText(status)}
    </p>
  );
}
