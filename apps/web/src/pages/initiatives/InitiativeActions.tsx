import { Link } from 'react-router';
import type { InitiativeDetail } from '../../api/types';
import { paths } from '../../app/paths';
import type { DialogCommand } from '../../components/commands';

const endings: readonly DialogCommand[] = ['reject', 'withdraw'];

/**
 * The buttons of the page: exactly what the API says the signed-in user may do now. Editing a
 * draft is its own page; every other command opens its dialog.
 */
export function InitiativeActions({
  initiative,
  onCommand,
}: {
  initiative: InitiativeDetail;
  onCommand: (command: DialogCommand) => void;
}) {
  return (
    <>
      {initiative.actions.map(({ command, label }) =>
        command === 'editDraft' ? (
          <Link
            key={command}
            className="button"
            to={paths.draft(initiative.roundId, initiative.number)}
          >
            {label}
          </Link>
        ) : (
          <button
            key={command}
            type="button"
            className={endings.includes(command) ? 'button-danger' : undefined}
            onClick={() => onCommand(command)}
          >
            {label}
          </button>
        ),
      )}
    </>
  );
}
