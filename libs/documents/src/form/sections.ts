import { lineText, type TextLine } from '../text/lines';
import { matchHeading, type SectionKey } from './headings';

export interface Section {
  readonly key: SectionKey;
  readonly lines: TextLine[];
}

export interface FormSections {
  /** What comes before the first heading: running header, "Forslag 4.3", the round. */
  readonly preamble: TextLine[];
  readonly sections: ReadonlyMap<SectionKey, Section>;
  /** The number the title heading carries, if it does. */
  readonly titleNumber: string | null;
}

/**
 * Cuts the form into its parts at the headings. A heading met twice (a form copied together
 * from two) adds to the part already begun.
 */
export function splitSections(lines: readonly TextLine[]): FormSections {
  const preamble: TextLine[] = [];
  const sections = new Map<SectionKey, Section>();
  let current: Section | null = null;
  let titleNumber: string | null = null;
  for (const line of lines) {
    const heading = line.cells.length > 0 ? matchHeading(lineText(line)) : null;
    const continuesEconomy = heading?.keepLine && current?.key === 'economy';
    if (heading && !continuesEconomy) {
      if (heading.number && titleNumber === null) titleNumber = heading.number;
      current = sections.get(heading.key) ?? { key: heading.key, lines: [] };
      sections.set(heading.key, current);
      if (heading.keepLine) current.lines.push(line);
      else if (heading.rest !== '')
        current.lines.push({ ...line, cells: [{ text: heading.rest }] });
      continue;
    }
    (current ? current.lines : preamble).push(line);
  }
  return { preamble, sections, titleNumber };
}
