import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PackageSummary } from '../../api/types';
import { paths } from '../../app/paths';

/** Two of the round's packages to set side by side; the second is compared with the first. */
export function ComparePicker({
  roundId,
  packages,
  first,
  second,
}: {
  roundId: string;
  packages: readonly PackageSummary[];
  first?: number;
  second?: number;
}) {
  const navigate = useNavigate();
  const id = useId();
  const [a, setA] = useState(String(first ?? packages[0]?.id ?? ''));
  const [b, setB] = useState(String(second ?? packages[1]?.id ?? ''));
  const same = a !== '' && a === b;
  return (
    <form
      className="compare-picker filters"
      aria-label="Sammenlign pakker"
      onSubmit={(event) => {
        event.preventDefault();
        if (!same && a && b) void navigate(paths.comparePackages(roundId, Number(a), Number(b)));
      }}
    >
      <PackageSelect
        id={`${id}-a`}
        label="Første pakke"
        value={a}
        onChange={setA}
        packages={packages}
      />
      <PackageSelect
        id={`${id}-b`}
        label="Anden pakke"
        value={b}
        onChange={setB}
        packages={packages}
      />
      <button
        type="submit"
        className="button-primary"
        aria-describedby={same ? `${id}-same` : undefined}
      >
        Sammenlign
      </button>
      {same ? (
        <p id={`${id}-same`} className="field-error">
          Vælg to forskellige pakker.
        </p>
      ) : null}
    </form>
  );
}

function PackageSelect({
  id,
  label,
  value,
  onChange,
  packages,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  packages: readonly PackageSummary[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {packages.map((pkg) => (
          <option key={pkg.id} value={pkg.id}>
            {pkg.name}
          </option>
        ))}
      </select>
    </div>
  );
}
