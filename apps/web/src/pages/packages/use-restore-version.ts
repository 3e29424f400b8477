import { useNavigate } from 'react-router';
import { useRestorePackage } from '../../api/packages';
import { paths } from '../../app/paths';
import { useSendKey } from './send-key';

/** What the page that sent one to a package has to say (a save, a restore), shown on arrival. */
export interface Arrival {
  readonly confirmation?: string;
}

/** Restores an earlier version as the newest, then shows the package as it now is. */
export function useRestoreVersion(roundId: string, packageId: number) {
  const restore = useRestorePackage(roundId, packageId);
  const navigate = useNavigate();
  const keyFor = useSendKey();
  return {
    pending: restore.isPending,
    error: restore.error,
    run: (version: number) =>
      restore.mutate(
        { version, idempotencyKey: keyFor({ version }) },
        {
          onSuccess: (saved) =>
            void navigate(paths.package(roundId, packageId), {
              state: {
                confirmation: `Version ${version} er gendannet som version ${saved.version}.`,
              } satisfies Arrival,
            }),
        },
      ),
  };
}
