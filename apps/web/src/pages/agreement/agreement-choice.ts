// Which package version the coordinators look at, kept in the address (?pakke=1&version=3), so
// the preview can be sent to a colleague and the package's page can link to it. Without a
// version, the package's latest.

export interface AgreementChoice {
  readonly packageId: number | null;
  readonly version: number | undefined;
}

function positive(text: string | null): number | null {
  if (!text || !/^[1-9]\d{0,8}$/.test(text)) return null;
  return Number(text);
}

export function parseAgreementChoice(search: URLSearchParams): AgreementChoice {
  const packageId = positive(search.get('pakke'));
  // A version means nothing without its package.
  const version = packageId === null ? null : positive(search.get('version'));
  return { packageId, version: version ?? undefined };
}
