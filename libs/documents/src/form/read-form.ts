import {
  economyTableSchema,
  type FinancingShare,
  submissionProblems,
  type SubmittedBy,
} from '@budgetflow/domain';
import type { TextLine } from '../text/lines';
import { Warnings, type ImportWarning } from '../warnings';
import { isAnswerLine, readAnswer } from './answers';
import { type ImportedEconomy, readEconomy } from './economy';
import { readFinancing } from './financing';
import {
  doubtfulMessage,
  readBudgetPeriod,
  readNumber,
  readSubmittedBy,
  readTitle,
} from './header';
import { type SectionKey, sectionLabels } from './headings';
import {
  type DateReference,
  dateReferences,
  type InitiativeReference,
  initiativeReferences,
} from './references';
import { type ImportedReview, readReview } from './review';
import { sectionText } from './section-text';
import { splitSections } from './sections';

/**
 * An initiative as read from its form, in the API's field names: the fields of
 * `createInitiativeSchema` (see `createInitiativeBody`), the administration's comments as the
 * review has them, and what the text refers to. A field that could not be read is empty (''
 * or null or {}) and has a warning.
 */
export interface ImportedInitiative {
  readonly number: string | null;
  readonly title: string;
  readonly submittedBy: SubmittedBy | null;
  readonly purpose: string;
  readonly background: string;
  readonly economy: ImportedEconomy;
  readonly elaboration: string;
  readonly financing: FinancingShare[];
  readonly commitmentBudgeting: boolean | null;
  readonly scalable: boolean | null;
  readonly agreementTextDraft: string;
  readonly sustainableDevelopmentGoals: string;
  readonly review: ImportedReview;
  readonly references: {
    readonly initiatives: InitiativeReference[];
    readonly dates: DateReference[];
  };
  /** "2026-2029" when the form's header names the budget it was written for. */
  readonly budgetPeriod: string | null;
}

type TextField =
  | 'purpose'
  | 'background'
  | 'elaboration'
  | 'agreementTextDraft'
  | 'sustainableDevelopmentGoals'
  | 'review.comments';

const textSections: readonly { field: TextField; key: SectionKey; required: boolean }[] = [
  { field: 'purpose', key: 'purpose', required: true },
  { field: 'background', key: 'background', required: false },
  { field: 'review.comments', key: 'reviewComments', required: false },
  { field: 'elaboration', key: 'elaboration', required: false },
  { field: 'agreementTextDraft', key: 'agreementTextDraft', required: true },
  { field: 'sustainableDevelopmentGoals', key: 'sustainableDevelopmentGoals', required: false },
];

const MAX_TEXT = 20_000;

export function readInitiativeForm(
  lines: readonly TextLine[],
  fileName?: string,
): { document: ImportedInitiative; warnings: ImportWarning[] } {
  const warnings = new Warnings();
  const { preamble, sections, titleNumber } = splitSections(lines);
  const number = readNumber(titleNumber, preamble, fileName, warnings);
  const title = readTitle(sections.get('title')?.lines, warnings);
  const submittedBy = readSubmittedBy(sections.get('submittedBy')?.lines, warnings);

  const texts = {} as Record<TextField, string>;
  for (const { field, key, required } of textSections) {
    texts[field] = readText(field, key, sections.get(key)?.lines, required, warnings);
  }

  const economyLines = sections.get('economy')?.lines;
  if (!economyLines)
    warnings.add(
      'economy',
      'Tabellen over økonomi og personale ("Konsekvenser") findes ikke i dokumentet',
    );
  const economy = readEconomy(economyLines ?? [], warnings);
  const financingLines = sections.get('financing')?.lines;
  const financing = readFinancing(financingLines ?? lines, warnings);
  financingRule(economy, financing, warnings);

  const answerLines = [...sections.values()].flatMap((section) => section.lines);
  const prose = `${texts.elaboration}\n${texts.purpose}`;
  const commitmentBudgeting = readAnswer('commitmentBudgeting', answerLines, prose, warnings);
  const scalable = readAnswer('scalable', answerLines, prose, warnings);

  const initiatives = textSections.flatMap(({ field }) =>
    initiativeReferences(field, texts[field], number),
  );
  const dates = textSections.flatMap(({ field }) => dateReferences(field, texts[field], warnings));

  return {
    document: {
      number,
      title,
      submittedBy,
      purpose: texts.purpose,
      background: texts.background,
      economy,
      elaboration: texts.elaboration,
      financing,
      commitmentBudgeting,
      scalable,
      agreementTextDraft: texts.agreementTextDraft,
      sustainableDevelopmentGoals: texts.sustainableDevelopmentGoals,
      review: readReview(texts['review.comments'], initiatives),
      references: { initiatives, dates },
      budgetPeriod: readBudgetPeriod(preamble),
    },
    warnings: warnings.list,
  };
}

function readText(
  field: TextField,
  key: SectionKey,
  lines: readonly TextLine[] | undefined,
  required: boolean,
  warnings: Warnings,
): string {
  const label = sectionLabels[key];
  if (!lines) {
    if (field !== 'review.comments')
      warnings.add(field, `Afsnittet "${label}" findes ikke i dokumentet`);
    return '';
  }
  const { text, droppedInstructions, doubtful } = sectionText(lines, isAnswerLine);
  if (text === '') {
    if (droppedInstructions)
      warnings.add(field, `Afsnittet "${label}" indeholder kun skabelonens vejledning`);
    else if (required) warnings.add(field, `Afsnittet "${label}" er tomt`);
    return '';
  }
  if (text.length > MAX_TEXT) {
    warnings.add(field, `Afsnittet "${label}" er længere end ${MAX_TEXT} tegn; det er ikke læst`);
    return '';
  }
  if (doubtful.length > 0) warnings.add(field, doubtfulMessage(`"${label}"`, doubtful));
  return text;
}

/** The domain's rule: an initiative that costs money names who pays. */
function financingRule(
  economy: ImportedEconomy,
  financing: readonly FinancingShare[],
  warnings: Warnings,
): void {
  const table = economyTableSchema.safeParse(economy);
  if (!table.success) {
    warnings.add('economy', 'Tabellen kan ikke læses som forslagets økonomi');
    return;
  }
  for (const problem of submissionProblems({ purpose: 'x', economy: table.data, financing })) {
    warnings.add(problem.field, problem.message);
  }
}

/**
 * The body of `POST /api/rounds/{round}/initiatives` (createInitiativeSchema), or null when
 * what it cannot do without (number, title, who submits) was not read.
 */
export function createInitiativeBody(document: ImportedInitiative) {
  const { number, title, submittedBy } = document;
  if (number === null || title === '' || submittedBy === null) return null;
  return {
    number,
    title,
    submittedBy,
    purpose: document.purpose,
    background: document.background,
    economy: document.economy,
    elaboration: document.elaboration,
    financing: document.financing,
    commitmentBudgeting: document.commitmentBudgeting,
    scalable: document.scalable,
    agreementTextDraft: document.agreementTextDraft,
    sustainableDevelopmentGoals: document.sustainableDevelopmentGoals,
  };
}
