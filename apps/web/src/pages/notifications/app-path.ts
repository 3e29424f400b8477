/**
 * The path within the app of a notification's link. Links are absolute (they are written for
 * e-mails, with the public address), but in the app we navigate by path so the session and the
 * app's state carry on, whatever host the app is served from.
 */
export function appPath(link: string): string | null {
  try {
    // The base only matters for a relative link; the path is what is kept.
    const url = new URL(link, 'http://budgetflow.invalid');
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/** The link's words, after where it leads. */
export function linkText(path: string): string {
  if (/\/forslag\/[^/]+$/.test(path)) return 'Se forslaget';
  if (path.endsWith('/kalender')) return 'Se kalenderen';
  if (path.endsWith('/indbakke')) return 'Se opgaverne';
  return 'Åbn i Budgetflow';
}

/**
 * The notification's text as paragraphs, without the closing line that only repeats the link
 * (the entry shows a link of its own).
 */
export function paragraphsOf(text: string, link: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '' && !paragraph.endsWith(link));
}
