import {
  type Initiative,
  type InitiativeNumber,
  compareInitiativeNumbers,
  effectiveEconomy,
  formatDanishDate,
  stateLabels,
  submittedByLabel,
  sumKroner,
  UNASSIGNED_AREA,
} from '@budgetflow/domain';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { byCommittee, columnSums, totalsByArea, yearTotals } from './amounts';
import { areaLabel, committeeLabel, financingLabel, mioKrCell, paragraphsOf } from './format';

/** What the draft of the budget agreement is made from. */
export interface AgreementDraftInput {
  readonly round: { readonly name: string; readonly years: readonly number[] };
  /**
   * The round's initiatives as the reader may see them (drafts left out, held-back work given
   * way to the party's estimate): the included ones make the draft, the merged ones its list.
   */
  readonly initiatives: readonly Initiative[];
  /** When the draft is made; its date is written on it. */
  readonly generatedAt: Date;
}

export const agreementDraftTitle = 'Budgetaftale – udkast';

/**
 * The first draft of the budget agreement as a Word document: the parties' first text drafts
 * ("Første tekstudkast til budgetaftalen") of the included initiatives, by committee in number
 * order; what they cost per year and financing area; and which initiatives were merged into
 * which. The coordinators edit the agreement's text from here.
 */
export async function renderAgreementDocx(input: AgreementDraftInput): Promise<Buffer> {
  const { round, initiatives, generatedAt } = input;
  const included = initiatives.filter((initiative) => initiative.state === 'included');
  const document = new Document({
    creator: 'Budgetflow',
    title: `${agreementDraftTitle}, ${round.name}`,
    description: `Udkast til budgetaftalen for ${round.name}, dannet ${formatDanishDate(generatedAt)}`,
    styles: { default: { document: { run: { language: { value: 'da-DK' }, size: 22 } } } },
    sections: [
      {
        footers: { default: pageFooter() },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: agreementDraftTitle }),
          new Paragraph({ children: [new TextRun({ text: round.name, bold: true, size: 28 })] }),
          note(
            `Dannet af Budgetflow ${formatDanishDate(generatedAt)}. Teksterne er forslagsstillernes første tekstudkast til budgetaftalen for de forslag, der er med i aftalen.`,
          ),
          ...initiativeSections(included, round.years),
          ...economyOverview(included, round.years),
          ...mergedList(initiatives),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function initiativeSections(included: readonly Initiative[], years: readonly number[]) {
  if (included.length === 0) return [note('Ingen forslag er med i budgetaftalen endnu.')];
  return byCommittee(included).flatMap(({ committee, initiatives }) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: committeeLabel(committee) }),
    ...initiatives.flatMap((initiative) => initiativeSection(initiative, years)),
  ]);
}

function initiativeSection(initiative: Initiative, years: readonly number[]): Paragraph[] {
  const { form } = initiative;
  const draft = paragraphsOf(form.agreementTextDraft);
  const totals = yearTotals(initiative, years);
  const economy = years
    .map((year, index) => (totals[index] === 0 ? null : `${year}: ${mioKrCell(totals[index]!)}`))
    .filter((part): part is string => part !== null);
  const merged =
    initiative.absorbed.length > 0 ? ` Indarbejdede forslag: ${numbers(initiative.absorbed)}.` : '';
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, text: `${initiative.number} ${form.title}` }),
    note(`Fremsat af: ${submittedByLabel(form.submittedBy)}`),
    ...(draft.length > 0
      ? draft.map(
          (lines) =>
            new Paragraph({
              children: lines.map(
                (line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}) }),
              ),
            }),
        )
      : [note('Forslaget har intet tekstudkast til budgetaftalen.')]),
    note(
      `Økonomi (mio. kr.): ${economy.length > 0 ? economy.join(' · ') : 'ingen beløb'}; i alt ${mioKrCell(sumKroner(totals))}. Finansiering: ${financingLabel(effectiveEconomy(initiative).financing)}.${merged}`,
    ),
  ];
}

/** The agreement's economy per year and financing area, in mio. kr., with the totals. */
function economyOverview(included: readonly Initiative[], years: readonly number[]) {
  const areas = totalsByArea(included, years).filter(
    ({ area, kroner }) => area !== UNASSIGNED_AREA || kroner.some((amount) => amount !== 0),
  );
  const total = columnSums(
    areas.map((row) => row.kroner),
    years.length,
  );
  const header = ['Finansieringsområde', ...years.map(String), 'I alt'];
  const rows = [
    ...areas.map(({ area, kroner }) => [areaLabel(area), ...amountCells(kroner)]),
    ['I alt', ...amountCells(total)],
  ];
  const width = 9000;
  const first = 3000;
  const other = Math.floor((width - first) / (years.length + 1));
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Økonomisk overblik' }),
    note('Forslagene i budgetaftalen pr. år og finansieringsområde, i mio. kr.'),
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: [first, ...header.slice(1).map(() => other)],
      rows: [
        new TableRow({
          tableHeader: true,
          children: header.map((text, index) => cell(text, index > 0, true)),
        }),
        ...rows.map(
          (row, rowIndex) =>
            new TableRow({
              children: row.map((text, index) =>
                cell(text, index > 0, rowIndex === rows.length - 1),
              ),
            }),
        ),
      ],
    }),
  ];
}

function amountCells(kroner: readonly number[]): string[] {
  return [...kroner.map(mioKrCell), mioKrCell(sumKroner(kroner))];
}

/** The merged initiatives and what they were merged into ("Indarbejdede forslag"). */
function mergedList(initiatives: readonly Initiative[]) {
  const byNumber = new Map(initiatives.map((initiative) => [initiative.number, initiative]));
  const merged = initiatives
    .filter((initiative) => initiative.state === 'merged' && initiative.mergedInto !== null)
    .sort((a, b) => compareInitiativeNumbers(a.number, b.number));
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Indarbejdede forslag' });
  if (merged.length === 0) return [heading, note('Ingen forslag er indarbejdet i andre forslag.')];
  const header = ['Forslag', 'Fremsat af', 'Indarbejdet i'];
  const rows = merged.map((initiative) => {
    const target = byNumber.get(initiative.mergedInto!);
    const into = target ? `${target.number} ${target.form.title}` : initiative.mergedInto!;
    const state =
      target && target.state !== 'included' ? ` (${stateLabels[target.state].toLowerCase()})` : '';
    return [
      `${initiative.number} ${initiative.form.title}`,
      submittedByLabel(initiative.form.submittedBy),
      `${into}${state}`,
    ];
  });
  return [
    heading,
    note('Forslag, der er indarbejdet i et andet forslag, og det forslag, de er indarbejdet i.'),
    new Table({
      width: { size: 9000, type: WidthType.DXA },
      columnWidths: [3600, 1800, 3600],
      rows: [
        new TableRow({
          tableHeader: true,
          children: header.map((text) => cell(text, false, true)),
        }),
        ...rows.map(
          (row) => new TableRow({ children: row.map((text) => cell(text, false, false)) }),
        ),
      ],
    }),
  ];
}

function cell(text: string, amount: boolean, bold: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: amount ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold })],
      }),
    ],
  });
}

function note(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: true })] });
}

function numbers(list: readonly InitiativeNumber[]): string {
  return [...list].sort(compareInitiativeNumbers).join(', ');
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}
