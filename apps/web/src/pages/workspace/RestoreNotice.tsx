import { dateTime } from '../../format';
import type { DraftValues } from './draft-values';
import type { DraftStart } from './draft-start';

/** What became of the browser's copy when the page opened, and the choice to undo it. */
export function RestoreNotice({
  notice,
  isNew,
  saved,
  onClose,
  onUseServer,
  onUseCopy,
  onDiscardCopy,
}: {
  notice: NonNullable<DraftStart['notice']>;
  isNew: boolean;
  /** The restored copy has since been saved: there is nothing left to choose. */
  saved: boolean;
  onClose: () => void;
  onUseServer: (values: DraftValues) => void;
  onUseCopy: (values: DraftValues) => void;
  onDiscardCopy: () => void;
}) {
  if (notice.kind === 'restored') {
    return (
      <div className="alert alert-info restore-notice">
        <strong>Dine ændringer fra {dateTime(notice.at)} er hentet frem fra browseren</strong>
        <p>
          {saved
            ? 'De nåede ikke at blive gemt på serveren, før siden blev lukket, men er gemt nu.'
            : 'De nåede ikke at blive gemt på serveren, før siden blev lukket. De gemmes nu som kladde.'}
        </p>
        <p className="page-actions">
          {saved ? null : (
            <button type="button" onClick={() => onUseServer(notice.fallback)}>
              {isNew ? 'Start forfra med en tom formular' : 'Brug den gemte version i stedet'}
            </button>
          )}
          <button type="button" className="button-quiet" onClick={onClose}>
            Luk beskeden
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="alert alert-warn restore-notice">
      <strong>Der ligger ikke-gemte ændringer fra {dateTime(notice.at)} i browseren</strong>
      <p>
        Kladden er siden blevet ændret på serveren, fx af en medforslagsstiller, så den gemte
        version vises nu. Du kan i stedet fortsætte med kopien fra browseren; den erstatter da den
        gemte version.
      </p>
      <p className="page-actions">
        <button type="button" onClick={() => onUseCopy(notice.values)}>
          Brug kopien fra browseren
        </button>
        <button type="button" className="button-quiet" onClick={onDiscardCopy}>
          Kassér kopien
        </button>
      </p>
    </div>
  );
}
