import type { NegotiationPackage } from '../../api/types';
import { dateTime } from '../../format';
import { MajorityText } from '../support/MajorityText';
import { BalanceVerdict } from './BalanceVerdict';
import { restoredText, versionText } from './package-words';

/** The package at a glance: which version, saved by whom and why, its total, balance and backing. */
export function PackageFacts({ pkg }: { pkg: NegotiationPackage }) {
  const restored = restoredText(pkg.restoredFrom, pkg.note);
  return (
    <dl className="facts">
      <dt>Version</dt>
      <dd>
        {versionText(pkg.version, pkg.latestVersion)}
        {restored ? <span className="muted">({restored.toLowerCase()})</span> : null}
      </dd>
      <dt>Gemt</dt>
      <dd>
        {dateTime(pkg.savedAt)}
        {pkg.savedBy.name ? ` af ${pkg.savedBy.name}` : ''}
      </dd>
      {pkg.note ? (
        <>
          <dt>Bemærkning</dt>
          <dd>{pkg.note}</dd>
        </>
      ) : null}
      <dt>I alt</dt>
      <dd>{pkg.totals.total.formatted}</dd>
      <dt>Balance</dt>
      <dd>
        <BalanceVerdict withinFrames={pkg.balance.withinFrames} label={pkg.balance.label} />
      </dd>
      <dt>Opbakning</dt>
      <dd>
        <MajorityText majority={pkg.backing.majority} />
      </dd>
    </dl>
  );
}
