/**
 * A party group's stance on a negotiation package belongs to the package, not to one version: a
 * new version keeps the stances given, since a party that backed the package usually still does
 * after a small change, and asking every party again would leave the table empty. Each stance
 * remembers the version it was given on, so an answer can show it was given on an older one.
 */
export function stanceVersionLabel(givenOn: number, latestVersion: number): string | null {
  return givenOn === latestVersion ? null : `Angivet på version ${givenOn}`;
}
