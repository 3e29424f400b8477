/**
 * A regular expression source for a fixed label that also accepts the label as OCR damages it
 * ("Formal og indhold", "@konomi", "|NITIATIV"), any spacing, and any apostrophe. Labels are
 * known words in known places, so accepting their damaged forms guesses nothing.
 */
const lookAlikes: Record<string, string> = {
  å: 'åa',
  ø: 'øg@o',
  æ: 'æ@',
  Å: 'ÅA',
  Ø: 'Ø@0O',
  Æ: 'Æ@',
  I: 'I|l1',
  i: 'i|l1',
  l: 'l|I1',
};

const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export function tolerant(label: string): string {
  let source = '';
  for (const char of label) {
    if (/\s/.test(char)) source += '\\s*';
    else if (/['’´`]/.test(char)) source += "['’´`]?";
    else if (lookAlikes[char]) source += `[${[...lookAlikes[char]].map(escape).join('')}]`;
    else source += escape(char);
  }
  return source.replace(/(\\s\*)+/g, '\\s*');
}

/** The label at the start of a text, with what follows it. */
export function tolerantPrefix(labels: readonly string[]): RegExp {
  return new RegExp(`^(?:${labels.map(tolerant).join('|')})`, 'i');
}
