import { tolerant } from '../text/tolerant';

/** The parts of the standard form, by the field of the API's schema each one fills. */
export const sectionKeys = [
  'title',
  'submittedBy',
  'purpose',
  'background',
  'reviewComments',
  'economy',
  'elaboration',
  'financing',
  'agreementTextDraft',
  'sustainableDevelopmentGoals',
] as const;
export type SectionKey = (typeof sectionKeys)[number];

/** The form's own words for each part, for messages. */
export const sectionLabels: Record<SectionKey, string> = {
  title: 'Titel',
  submittedBy: 'Fremsat af',
  purpose: 'Formål og indhold',
  background: 'Baggrund og argumentation',
  reviewComments: 'Administrationens bemærkninger',
  economy: 'Konsekvenser',
  elaboration: 'Evt. uddybende beskrivelse',
  financing: 'Finansiering',
  agreementTextDraft: 'Første tekstudkast til budgetaftalen',
  sustainableDevelopmentGoals: "Budgetinitiativets understøttelse af FN's verdensmål",
};

interface Heading {
  readonly key: SectionKey;
  readonly pattern: RegExp;
  /** The heading line is itself part of the section (a table's header row). */
  readonly keepLine?: boolean;
}

/** A heading ending in a colon or the end of its line; the text after the colon is content. */
const closed = (key: SectionKey, ...labels: string[]): Heading => ({
  key,
  pattern: new RegExp(`^(?:${labels.map(tolerant).join('|')})\\s*(?::\\s*|$)(.*)$`, 'i'),
});

/** A heading that may run on ("Forslagets konsekvenser – økonomi, personale og tid …"). */
const open = (key: SectionKey, label: string, keepLine = false): Heading => ({
  key,
  pattern: new RegExp(`^(?:${tolerant(label)})(?![A-Za-zÆØÅæøå])(.*)$`, 'i'),
  keepLine,
});

// Variants seen on the forms of different years; longer labels first, so "Formål og indhold"
// wins over "Formål".
const headings: readonly Heading[] = [
  closed('submittedBy', 'Fremsat af', 'Forslagsstiller', 'Stillet af'),
  closed('purpose', 'Formål og indhold', 'Formål'),
  closed('background', 'Baggrund og argumentation', 'Baggrund'),
  closed('reviewComments', 'Administrationens bemærkninger', 'Administrationens kommentarer'),
  closed('economy', 'Konsekvenser'),
  open('economy', 'Forslagets konsekvenser'),
  open('economy', 'Økonomi (mio. kr.)', true),
  open('economy', 'Mio. kr.', true),
  closed(
    'elaboration',
    'Evt. uddybende beskrivelse',
    'Eventuelt uddybende beskrivelse',
    'Uddybende beskrivelse',
  ),
  closed('financing', 'Finansiering'),
  open('financing', 'Anfør, hvilket område forslaget vedrører'),
  closed(
    'agreementTextDraft',
    'Første tekstudkast til budgetaftalen',
    'Første udkast til tekst til selve budgetaftalen',
    'Første udkast til tekst til budgetaftalen',
    'Tekstudkast til budgetaftalen',
  ),
  closed(
    'sustainableDevelopmentGoals',
    "Budgetinitiativets understøttelse af FN's verdensmål",
    "Understøttelse af FN's verdensmål",
    "FN's verdensmål",
  ),
];

const titleHeadings: readonly RegExp[] = [
  new RegExp(
    `^${tolerant('INITIATIV')}\\s*(?:nr\\.?\\s*)?(\\d{1,3}[.,]\\d{1,3})\\s*[:.\\-–]?\\s*(.*)$`,
    'i',
  ),
  new RegExp(
    `^${tolerant('Budget')}\\s*/\\s*${tolerant('finansieringsinitiativ')}(?:er)?\\s*:\\s*(.*)$`,
    'i',
  ),
  new RegExp(`^(?:${tolerant('Titel')}|${tolerant('Forslagets titel')})\\s*:\\s*(.*)$`, 'i'),
];

export interface HeadingMatch {
  readonly key: SectionKey;
  /** What follows the heading on its line. */
  readonly rest: string;
  readonly keepLine: boolean;
  /** The number a title heading carries ("INITIATIV 4.2: …"). */
  readonly number?: string;
}

export function matchHeading(text: string): HeadingMatch | null {
  const trimmed = text.trim();
  for (const pattern of titleHeadings) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const withNumber = match.length > 2;
    return {
      key: 'title',
      rest: (withNumber ? match[2] : match[1])?.trim() ?? '',
      keepLine: false,
      ...(withNumber ? { number: match[1]!.replace(',', '.') } : {}),
    };
  }
  for (const heading of headings) {
    const match = heading.pattern.exec(trimmed);
    if (match) {
      return {
        key: heading.key,
        rest: (match[1] ?? '').trim(),
        keepLine: heading.keepLine === true,
      };
    }
  }
  return null;
}
