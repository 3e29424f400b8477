/**
 * A notification's content before it is text or HTML: paragraphs, lists of initiatives (each
 * with its own link) and the one link it is about. Written once, shown as both.
 */
export type Block =
  | { readonly paragraph: string }
  | { readonly list: readonly { readonly text: string; readonly link?: string }[] };

export interface Message {
  readonly subject: string;
  readonly blocks: readonly Block[];
  readonly link: string;
  readonly linkLabel: string;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function anchor(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

export function messageText(message: Message): string {
  const blocks = message.blocks.map((block) =>
    'paragraph' in block
      ? block.paragraph
      : block.list.map((item) => `- ${item.text}${item.link ? `\n  ${item.link}` : ''}`).join('\n'),
  );
  return [...blocks, `${message.linkLabel}: ${message.link}`].join('\n\n');
}

export function messageHtml(message: Message): string {
  const blocks = message.blocks.map((block) =>
    'paragraph' in block
      ? `<p>${escapeHtml(block.paragraph)}</p>`
      : `<ul>${block.list
          .map(
            (item) =>
              `<li>${item.link ? anchor(item.link, item.text) : escapeHtml(item.text)}</li>`,
          )
          .join('')}</ul>`,
  );
  return [...blocks, `<p>${anchor(message.link, message.linkLabel)}</p>`].join('\n');
}
