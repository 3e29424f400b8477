import { useState } from 'react';
import { useNavigate } from 'react-router';
import { usePackageVersions } from '../../api/packages';
import type { PackageSummary } from '../../api/types';
import { paths } from '../../app/paths';
import { dateTime } from '../../format';
import type { AgreementChoice } from './agreement-choice';

/**
 * The package, and its version, to conclude the agreement with; the preview follows the choice
 * when it is shown (the address keeps it), not at every turn of a list.
 */
export function PackageChooser({
  roundId,
  packages,
  chosen,
}: {
  roundId: string;
  packages: readonly PackageSummary[];
  chosen: AgreementChoice;
}) {
  const navigate = useNavigate();
  const [packageId, setPackageId] = useState(chosen.packageId ? String(chosen.packageId) : '');
  const [version, setVersion] = useState(chosen.version ? String(chosen.version) : '');
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="card agreement-chooser"
      aria-labelledby="aftale-vaelg"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!packageId) {
          setMissing(true);
          document.getElementById('agreement-package')?.focus();
          return;
        }
        void navigate(
          paths.agreement(roundId, Number(packageId), version ? Number(version) : undefined),
        );
      }}
    >
      <h2 id="aftale-vaelg">Vælg pakke</h2>
      <div className="filters">
        <div className="field">
          <label htmlFor="agreement-package">Forhandlingspakke</label>
          <select
            id="agreement-package"
            value={packageId}
            aria-required
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? 'agreement-package-error' : undefined}
            onChange={(event) => {
              setPackageId(event.target.value);
              setVersion('');
              setMissing(false);
            }}
          >
            <option value="">Vælg pakke</option>
            {packages.map((one) => (
              <option key={one.id} value={one.id}>
                {one.name}
              </option>
            ))}
          </select>
          {missing ? (
            <p id="agreement-package-error" className="field-error">
              Vælg den pakke, budgetaftalen skal indgås med
            </p>
          ) : null}
        </div>
        {packageId ? (
          <VersionField
            roundId={roundId}
            packageId={Number(packageId)}
            value={version}
            onChange={setVersion}
          />
        ) : null}
        <button type="submit" className="button-primary">
          Vis budgetaftalen
        </button>
      </div>
    </form>
  );
}

function VersionField({
  roundId,
  packageId,
  value,
  onChange,
}: {
  roundId: string;
  packageId: number;
  value: string;
  onChange: (version: string) => void;
}) {
  const versions = usePackageVersions(roundId, packageId);
  const list = versions.data?.versions ?? [];
  const latest = list[0]?.version;
  return (
    <div className="field">
      <label htmlFor="agreement-version">Version</label>
      <select
        id="agreement-version"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{latest ? `Seneste (version ${latest})` : 'Seneste'}</option>
        {list.map((one) => (
          <option key={one.version} value={one.version}>
            Version {one.version}, {dateTime(one.savedAt)}
            {one.note ? ` – ${one.note}` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
