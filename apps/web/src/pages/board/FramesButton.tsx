import { useState } from 'react';
import type { Frames } from '../../api/types';
import { useSession } from '../../api/session';
import { FramesDialog } from './FramesDialog';

/**
 * The coordinators' way to the frames' dialog: "Sæt rammer" while none is set, "Ret rammer" after.
 * Others see no button; the API lets only coordinators set frames.
 */
export function FramesButton({
  roundId,
  years,
  frames,
  onOpen,
  onSaved,
}: {
  roundId: string;
  years: readonly number[];
  frames: Frames;
  onOpen: () => void;
  onSaved: () => void;
}) {
  const session = useSession();
  const [open, setOpen] = useState(false);
  if (session.data?.user.role !== 'coordinator') return null;
  return (
    <div className="page-actions">
      <button
        type="button"
        onClick={() => {
          onOpen();
          setOpen(true);
        }}
      >
        {frames.frames.length > 0 ? 'Ret rammer' : 'Sæt rammer'}
      </button>
      <FramesDialog
        open={open}
        roundId={roundId}
        years={years}
        frames={frames}
        onClose={() => setOpen(false)}
        onSaved={() => {
          setOpen(false);
          onSaved();
        }}
      />
    </div>
  );
}
