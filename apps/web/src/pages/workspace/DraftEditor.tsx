import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useForm } from 'react-hook-form';
import type { ApiProblem } from '../../api/client';
import type { Initiative, PartyGroup, Round, User } from '../../api/types';
import type { DraftSnapshot, SavedDraft } from '../../drafts/draft-saver';
import { LocalDrafts, setAsideSlot } from '../../drafts/local-drafts';
import {
  type CheckContext,
  checkDraft,
  draftResolver,
  flatErrorsOf,
  formPathOf,
} from './draft-check';
import { type DraftValues, emptyDraftValues } from './draft-values';
import { DraftCommands } from './DraftCommands';
import { DraftFormSections } from './DraftFormSections';
import { ErrorSummary, errorTarget } from './ErrorSummary';
import { RestoreNotice } from './RestoreNotice';
import { SaveStatus } from './SaveStatus';
import { draftStartOf } from './draft-start';
import { useDraftSaver } from './use-draft-saver';

const formId = 'draft-form';

/**
 * The draft form: what is typed is kept in the browser at once and saved to the server when
 * typing pauses; "Gem kladde" saves now, "Indsend" checks the whole form, saves and submits.
 */
export function DraftEditor({
  round,
  user,
  groups,
  initiative,
  onCreated,
}: {
  round: Round;
  user: User;
  groups: readonly PartyGroup[];
  /** The server's draft; null for a new one. */
  initiative: Initiative | null;
  onCreated: (number: string) => void;
}) {
  const years = round.years;
  const [start] = useState(() =>
    draftStartOf(new LocalDrafts(user.id, round.id), initiative, user, years),
  );
  const [number, setNumber] = useState(start.number);
  const [notice, setNotice] = useState(start.notice);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [summaryToken, setSummaryToken] = useState(0);
  const [level, setLevel] = useState<CheckContext['level']>('draft');

  const form = useForm<DraftValues, CheckContext>({
    defaultValues: start.values,
    resolver: draftResolver,
    context: { user, years, isNew: number === null, level },
    // A field is checked when it is left, then as it is corrected; all of them on "Gem kladde".
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const { getValues, reset, handleSubmit, subscribe } = form;

  const { saver, status } = useDraftSaver({
    roundId: round.id,
    user,
    start,
    onCreated: (saved: SavedDraft) => {
      setNumber(saved.number);
      onCreated(saved.number);
    },
    onRefused: (problem: ApiProblem) => {
      const values = getValues();
      setServerErrors(
        Object.fromEntries(
          problem.errors.map((error) => [formPathOf(error.field, values), error.message]),
        ),
      );
    },
  });

  /** The form now, as the saver keeps and sends it. */
  const snapshotOf = (values: DraftValues): DraftSnapshot<DraftValues> => {
    const check = checkDraft(values, { user, years, isNew: saver.number === null, level: 'draft' });
    const [path, message] = Object.entries(check.errors)[0] ?? [];
    return {
      values,
      number: values.number.trim(),
      title: values.title.trim(),
      form: check.form,
      problem: path ? `${errorTarget(path).label}: ${message}` : null,
    };
  };
  const snapshotRef = useRef(snapshotOf);
  useEffect(() => {
    snapshotRef.current = snapshotOf;
  });

  // Every change goes to the saver; an untouched new form is not worth keeping.
  useEffect(() => {
    const blank = JSON.stringify(emptyDraftValues(user));
    let last = JSON.stringify(start.values);
    if (start.notice?.kind === 'restored') saver.change(snapshotRef.current(start.values));
    return subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const text = JSON.stringify(values);
        if (text === last) return;
        last = text;
        if (saver.number === null && text === blank) saver.discard();
        else saver.change(snapshotRef.current(values));
      },
    });
  }, [saver, subscribe, start, user]);

  const failed = () => setSummaryToken((token) => token + 1);
  /** Checks the whole form at the level asked, then saves it; false when something stops it. */
  const checkAndSave = (asked: 'draft' | 'submission') =>
    new Promise<boolean>((resolve) => {
      // The resolver reads the level from the form's context: render it before checking.
      flushSync(() => {
        setLevel(asked);
        setServerErrors({});
      });
      void handleSubmit(
        async (values) => {
          const saved = await saver.saveNow(snapshotOf(values));
          if (!saved) failed();
          resolve(saved);
        },
        () => {
          failed();
          resolve(false);
        },
      )();
    });

  const adoptValues = (values: DraftValues) => {
    reset(values);
    saver.change(snapshotOf(values));
  };

  const forgetSetAside = () => {
    if (number) new LocalDrafts(user.id, round.id).remove(setAsideSlot(number));
  };

  const shownServerErrors = status.kind === 'saved' || status.kind === 'new' ? {} : serverErrors;
  const errors = { ...shownServerErrors, ...flatErrorsOf(form.formState.errors) };

  return (
    <>
      <form
        id={formId}
        className="draft-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void checkAndSave('draft');
        }}
      >
        {notice ? (
          <RestoreNotice
            notice={notice}
            isNew={number === null}
            saved={status.kind === 'saved' && status.at !== start.savedAt}
            onClose={() => setNotice(null)}
            onUseServer={(values) => {
              reset(values);
              saver.discard();
              setNotice(null);
            }}
            onUseCopy={(values) => {
              adoptValues(values);
              forgetSetAside();
              setNotice(null);
            }}
            onDiscardCopy={() => {
              forgetSetAside();
              setNotice(null);
            }}
          />
        ) : null}
        <ErrorSummary
          errors={summaryToken > 0 ? errors : {}}
          title={
            level === 'submission'
              ? 'Ret følgende, før forslaget kan indsendes'
              : 'Ret følgende, før kladden kan gemmes'
          }
          focusToken={summaryToken}
        />
        <DraftFormSections
          register={form.register}
          control={form.control}
          errors={errors}
          user={user}
          groups={groups}
          years={years}
          number={number}
        />
      </form>
      <div className="draft-bar">
        <SaveStatus status={status} />
        <DraftCommands
          roundId={round.id}
          number={number}
          formId={formId}
          checkAndSave={checkAndSave}
          onLeave={() => saver.discard()}
        />
      </div>
    </>
  );
}
