import type { Amount, PackageAdjustment } from '../../api/types';

// How the parts of a package are said in words, in the lists, the package's page and the
// comparison alike.

/** An adjustment part by part: "Andel 1/2", "2027 flyttet til 2028", "Øvrig drift 2027: 1,0 mio. kr." */
export function adjustmentParts(adjustment: PackageAdjustment | null): string[] {
  if (!adjustment) return [];
  return [
    ...(adjustment.share ? [`Andel ${adjustment.share}`] : []),
    ...adjustment.moves.map(({ from, to }) => `${from} flyttet til ${to}`),
    ...adjustment.amounts.map(
      ({ rowLabel, year, amount }) => `${rowLabel} ${year}: ${amount.formatted}`,
    ),
    ...(adjustment.note ? [`Note: ${adjustment.note}`] : []),
  ];
}

/** The whole adjustment in one line; an initiative taken as it is says so. */
export function adjustmentText(adjustment: PackageAdjustment | null): string {
  const parts = adjustmentParts(adjustment);
  return parts.length > 0 ? parts.join('; ') : 'Som forslaget er';
}

/** A difference with its sign, so that more and less read apart: "+1,5 mio. kr.", "-0,3 mio. kr." */
export function signedAmount(amount: Amount): string {
  return amount.kroner > 0 ? `+${amount.formatted}` : amount.formatted;
}

/** "Version 2 af 3", or "Version 3" for the latest. */
export function versionText(version: number, latestVersion: number): string {
  return version === latestVersion
    ? `Version ${version}`
    : `Version ${version} af ${latestVersion}`;
}

/**
 * Which version a restored one came from, unless its note already says so (the API's note of a
 * restore without one of its own is "Gendannet fra version N").
 */
export function restoredText(restoredFrom: number | null, note: string | null): string | null {
  if (restoredFrom === null) return null;
  const text = `Gendannet fra version ${restoredFrom}`;
  return note === text ? null : text;
}
