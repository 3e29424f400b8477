import { useState } from 'react';
import { type Resolver, set, useForm } from 'react-hook-form';
import { useSaveFrames } from '../../api/rounds';
import type { Frames } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { CommandForm } from '../../components/commands/CommandForm';
import {
  type FrameCellError,
  frameCellErrorsOf,
  type FramesBody,
  framesDraftOf,
  parseFramesDraft,
  readableFramesProblem,
} from './frames-draft';
import { FramesEditor, type FramesValues } from './FramesEditor';

/** The form's cells are named by their position among the round's years. */
function cellPath(error: FrameCellError, years: readonly number[]) {
  return `cells.${error.area}.${years.indexOf(error.year)}` as const;
}

// The domain's rules, read from the cells; the round's years come with the form's context.
const framesResolver: Resolver<FramesValues, { years: readonly number[] }, FramesBody> = (
  values,
  context,
) => {
  const years = context?.years ?? [];
  const result = parseFramesDraft(values.cells, years);
  if (result.body) return { values: result.body, errors: {} };
  const errors = {};
  for (const error of result.errors) {
    set(errors, cellPath(error, years), { type: 'validate', message: error.message });
  }
  return { values: {}, errors };
};

/**
 * "Sæt rammer" / "Ret rammer": the coordinators set the round's frames for every financing area
 * and year in one table. What is sent replaces the whole set, so the table starts from the frames
 * as they are.
 */
export function FramesDialog({
  open,
  roundId,
  years,
  frames,
  onClose,
  onSaved,
}: {
  open: boolean;
  roundId: string;
  years: readonly number[];
  frames: Frames;
  onClose: () => void;
  onSaved: () => void;
}) {
  const title = frames.frames.length > 0 ? 'Ret rammer' : 'Sæt rammer';
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <FramesForm
        roundId={roundId}
        years={years}
        frames={frames}
        onCancel={onClose}
        onSaved={onSaved}
      />
    </Dialog>
  );
}

/** Made when the dialog opens, and with it the key that every try of this change is sent with. */
function FramesForm({
  roundId,
  years,
  frames,
  onCancel,
  onSaved,
}: {
  roundId: string;
  years: readonly number[];
  frames: Frames;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const save = useSaveFrames(roundId);
  // The API names a wrong frame by its place in what was sent; that is kept to find its cell.
  const [sent, setSent] = useState<FramesBody | null>(null);
  const form = useForm<FramesValues, { years: readonly number[] }, FramesBody>({
    resolver: framesResolver,
    context: { years },
    defaultValues: { cells: framesDraftOf(frames, years) },
  });
  const onSubmit = form.handleSubmit(async (body) => {
    setSent(body);
    try {
      await save.mutateAsync({ body, idempotencyKey });
      onSaved();
    } catch (error) {
      frameCellErrorsOf(error, body).forEach((cell, index) =>
        form.setError(
          cellPath(cell, years),
          { type: 'server', message: cell.message },
          { shouldFocus: index === 0 },
        ),
      );
    }
  });
  return (
    <CommandForm
      onSubmit={(event) => void onSubmit(event)}
      submitLabel="Gem rammer"
      pending={save.isPending}
      error={readableFramesProblem(save.error, sent)}
      onCancel={onCancel}
    >
      <p className="dialog-subject">
        Det gemte erstatter alle budgetrundens rammer. Rammerne holdes op mod det, der er med i
        budgetaftalen.
      </p>
      <FramesEditor
        years={years}
        register={form.register}
        errors={form.formState.errors}
        idPrefix="frames"
      />
    </CommandForm>
  );
}
