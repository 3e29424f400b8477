import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { api, type ApiProblem } from '../../api/client';
import type { Initiative, User } from '../../api/types';
import { DraftSaver, type SavedDraft } from '../../drafts/draft-saver';
import { LocalDrafts } from '../../drafts/local-drafts';
import type { DraftValues } from './draft-values';
import type { DraftStart } from './draft-start';

const initiativesPath = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}/initiatives`;

/**
 * The saver of one editor. It calls the API itself rather than through useCreateDraft and
 * useSaveDraft: right after creating, it must PUT to the number it just got, not to the number a
 * hook was last rendered with.
 */
export function useDraftSaver(options: {
  roundId: string;
  user: User;
  start: DraftStart;
  onCreated: (saved: SavedDraft) => void;
  onRefused: (problem: ApiProblem) => void;
}) {
  const client = useQueryClient();
  const [saver] = useState(() => {
    const { roundId, user, start } = options;
    const saved = (initiative: Initiative) => {
      void client.invalidateQueries({ queryKey: ['initiatives'] });
      return initiative;
    };
    return new DraftSaver<DraftValues>(
      {
        local: new LocalDrafts(user.id, roundId),
        create: async (number, form, key) =>
          saved(
            await api<Initiative>('POST', initiativesPath(roundId), {
              body: { number, ...form },
              idempotencyKey: key,
            }),
          ),
        put: async (number, form, key) =>
          saved(
            await api<Initiative>(
              'PUT',
              `${initiativesPath(roundId)}/${encodeURIComponent(number)}/draft`,
              { body: form, idempotencyKey: key },
            ),
          ),
      },
      start,
    );
  });
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);
  const { onCreated, onRefused } = options;
  useEffect(() => {
    saver.attach({ onCreated, onRefused });
  }, [saver, onCreated, onRefused]);
  useEffect(() => () => saver.detach(), [saver]);
  // Only when the browser could not keep a copy may closing the page lose what was typed.
  const atRisk = 'keptLocally' in status && !status.keptLocally;
  useEffect(() => {
    if (!atRisk) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [atRisk]);
  return { saver, status };
}
