/** Where in the application a notification points: the initiative, or the round's calendar. */
export interface LinkOptions {
  /** The application's address as users reach it, e.g. "https://budget.regionh.dk". */
  readonly publicUrl: string;
}

const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

export function initiativeLink(options: LinkOptions, roundId: string, number: string): string {
  return `${base(options.publicUrl)}/runder/${encodeURIComponent(roundId)}/forslag/${encodeURIComponent(number)}`;
}

/** A budget question: the web app's page of the round's questions, at the question. */
export function questionLink(options: LinkOptions, roundId: string, number: number): string {
  return `${base(options.publicUrl)}/runder/${encodeURIComponent(roundId)}/spoergsmaal/${number}`;
}

/** The round's list of initiatives. */
export function initiativesLink(options: LinkOptions, roundId: string): string {
  return `${base(options.publicUrl)}/runder/${encodeURIComponent(roundId)}/forslag`;
}

export function calendarLink(options: LinkOptions, roundId: string): string {
  return `${base(options.publicUrl)}/runder/${encodeURIComponent(roundId)}/kalender`;
}

export function preferencesLink(options: LinkOptions): string {
  return `${base(options.publicUrl)}/indstillinger/notifikationer`;
}
