import { formatDanishDateTime } from '@budgetflow/domain';
import { preferencesLink, type LinkOptions } from './links';
import { anchor, escapeHtml } from './message';
import type { RenderedNotification } from './render-notification';

/** A whole e-mail: subject, plain-text part and HTML part. */
export interface ComposedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** A notification as it waits in the outbox, with the time of its event. */
export interface OutboxContent extends RenderedNotification {
  readonly createdAt: string;
}

/** One notification, one e-mail. */
export function composeEmail(item: RenderedNotification, options: LinkOptions): ComposedEmail {
  return {
    subject: item.subject,
    text: `${item.text}\n\n${textFooter(options)}`,
    html: htmlDocument(item.subject, item.html, options),
  };
}

/** The morning's digest: every notification a person chose to get that way, in one e-mail. */
export function composeDigest(
  items: readonly OutboxContent[],
  options: LinkOptions,
): ComposedEmail {
  const count = items.length;
  const subject = `Dagligt overblik fra Budgetflow: ${count} ${count === 1 ? 'notifikation' : 'notifikationer'}`;
  const intro = 'Her er dit daglige overblik over det, der er sket i budgetforhandlingerne:';
  const text = [
    intro,
    ...items.map(
      (item, index) =>
        `${index + 1}. ${item.subject}\n(${formatDanishDateTime(item.createdAt)})\n\n${item.text}`,
    ),
    textFooter(options),
  ].join('\n\n');
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    ...items.map(
      (item) =>
        `<h2 style="font-size:17px;margin:24px 0 4px">${escapeHtml(item.subject)}</h2>\n` +
        `<p style="margin:0;color:#666;font-size:13px">${escapeHtml(formatDanishDateTime(item.createdAt))}</p>\n` +
        item.html,
    ),
  ].join('\n');
  return { subject, text, html: htmlDocument(subject, html, options) };
}

const why = 'Du får denne e-mail, fordi du deltager i budgetforhandlingerne i Budgetflow.';
const choose = 'Vælg, hvilke e-mails du får, og om de skal samles i et dagligt overblik';

function textFooter(options: LinkOptions): string {
  return `-- \nBudgetflow\n${why}\n${choose}: ${preferencesLink(options)}`;
}

function htmlDocument(subject: string, content: string, options: LinkOptions): string {
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:24px;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">
<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff">
${content}
<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0 12px">
<p style="font-size:12px;color:#666666">${escapeHtml(why)} ${anchor(preferencesLink(options), `${choose}.`)}</p>
</div>
</body>
</html>
`;
}
