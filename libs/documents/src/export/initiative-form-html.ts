import { createHash } from 'node:crypto';
import {
  assessmentLabels,
  type EconomyTable,
  economyRowLabels,
  economyRows,
  financingAreaLabels,
  financingAreas,
  type FinancingShare,
  formatDanishDate,
  formatMioKr,
  type Initiative,
  stateLabels,
  submittedByLabel,
  sumKroner,
  totalForYear,
} from '@budgetflow/domain';
import { financingLabel, fteCell, mioKrCell, paragraphsOf, shareLabel } from './format';

/** What the printable form is made from. */
export interface InitiativeFormInput {
  /** The initiative as the reader may see it (publishedInitiative). */
  readonly initiative: Initiative;
  readonly round: { readonly name: string };
  readonly printedAt: Date;
}

/**
 * The initiative as a printable page in the layout of the standard form ("Forslag til
 * budgetinitiativ"): its sections in the form's order and with its headings, the economy and
 * staff tables by year, the financing marked per area. What the form does not hold (the round,
 * the state, the administration's costing) stands above the form, where an importer reading
 * the page back takes no field from it. Self-contained: no scripts, no files, one style sheet.
 */
export function renderInitiativeFormHtml(input: InitiativeFormInput): string {
  const { initiative, round, printedAt } = input;
  const { form } = initiative;
  const title = `Forslag ${initiative.number}: ${form.title}`;
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – ${escape(round.name)}</title>
<style>${formStyle}</style>
</head>
<body>
<main>
<header class="status" aria-label="Om forslaget">
<p>Budgetinitiativ i ${escape(round.name)}</p>
<p>Tilstand: ${escape(stateLabels[initiative.state])}${initiative.submittedLate ? ' (indsendt efter fristen)' : ''}${mergeNote(initiative)}</p>
${costingNote(initiative)}<p>Udskrevet fra Budgetflow ${escape(formatDanishDate(printedAt))}</p>
</header>
<h1>INITIATIV ${escape(initiative.number)}: ${escape(form.title)}</h1>
<p class="submitted-by"><strong>Fremsat af:</strong> ${escape(submittedByLabel(form.submittedBy))}</p>
${textSection('Formål og indhold', form.purpose)}
${textSection('Baggrund og argumentation', form.background)}
${reviewSection(initiative)}
<section aria-labelledby="konsekvenser">
<h2 id="konsekvenser">Konsekvenser:</h2>
${economyTables(form.economy, initiative.years)}
${answer('Kan tilsagnsbudgetteres', form.commitmentBudgeting)}${answer('Kan skaleres op eller ned', form.scalable)}</section>
${textSection('Evt. uddybende beskrivelse', form.elaboration)}
${financingSection(form.financing)}
${textSection('Første tekstudkast til budgetaftalen', form.agreementTextDraft)}
${textSection("Budgetinitiativets understøttelse af FN's verdensmål", form.sustainableDevelopmentGoals)}
</main>
</body>
</html>
`;
}

// Print first: A4 with the form's margins, tables kept whole, headings kept with what follows.
const formStyle = `
@page { size: A4; margin: 2cm; }
:root { color: #1a1a1a; background: #fff; }
body { font: 11pt/1.45 Calibri, Carlito, "Segoe UI", Arial, sans-serif; margin: 0; }
main { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 16pt; margin: 1.2rem 0 0.6rem; }
h2 { font-size: 12pt; margin: 1.2rem 0 0.3rem; break-after: avoid; }
p { margin: 0 0 0.6rem; }
.status { border: 1px solid #888; padding: 0.5rem 0.8rem; font-size: 10pt; }
.status p { margin: 0.15rem 0; }
table { border-collapse: collapse; margin: 0.4rem 0 0.8rem; break-inside: avoid; }
th, td { border: 1px solid #444; padding: 0.2rem 0.5rem; }
thead th, tbody th { text-align: left; font-weight: normal; }
thead th { font-weight: bold; }
td { text-align: right; min-width: 4rem; }
table.financing td { text-align: center; }
@media print { main { margin: 0; max-width: none; padding: 0; } }
`;

/** The page's Content-Security-Policy: nothing runs or loads; only its own style sheet applies. */
export const initiativeFormContentSecurityPolicy = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(formStyle).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`;

function textSection(heading: string, text: string): string {
  // An empty section keeps its heading, as on the form, and no words an importer would read.
  const body = paragraphsOf(text)
    .map((lines) => `<p>${lines.map(escape).join('<br>')}</p>\n`)
    .join('');
  return `<section>\n<h2>${escape(heading)}:</h2>\n${body}</section>`;
}

/** The administration's comments, once the reader may see them (nothing before a review). */
function reviewSection(initiative: Initiative): string {
  const { review } = initiative;
  if (!review) return '';
  const comments = paragraphsOf(review.comments)
    .map((lines) => `<p>${lines.map(escape).join('<br>')}</p>`)
    .join('\n');
  const merge = review.assessment.canBeMergedInto
    ? ` Kan indarbejdes i forslag ${escape(review.assessment.canBeMergedInto)}.`
    : '';
  return `<section>\n<h2>Administrationens bemærkninger:</h2>\n${comments}\n<p>Vurdering: ${escape(assessmentLabels[review.assessment.conclusion])}.${merge}</p>\n</section>`;
}

/** The form's two tables: mio. kr. per year with the computed total, and årsværk per year. */
function economyTables(economy: EconomyTable, years: readonly number[]): string {
  const yearHeads = years.map((year) => `<th scope="col">${year}</th>`).join('');
  const amounts = (values: readonly (string | undefined)[]) =>
    values.map((value) => `<td>${value ?? ''}</td>`).join('');
  const rows = economyRows.map((row) => {
    const cells = years.map((year) => {
      const kroner = economy[row][String(year)];
      return kroner === undefined ? undefined : mioKrCell(kroner);
    });
    return `<tr><th scope="row">${escape(economyRowLabels[row])}</th>${amounts(cells)}</tr>`;
  });
  const totals = years.map((year) => {
    const named = economyRows.some((row) => economy[row][String(year)] !== undefined);
    return named ? mioKrCell(totalForYear(economy, year)) : undefined;
  });
  const fte = years.map((year) => {
    const tenths = economy.staffFteTenths[String(year)];
    return tenths === undefined ? undefined : fteCell(tenths);
  });
  return `<table class="economy">
<thead><tr><th scope="col">Økonomi (mio. kr.)</th>${yearHeads}</tr></thead>
<tbody>
${rows.join('\n')}
<tr><th scope="row">${escape(economyRowLabels.total)}</th>${amounts(totals)}</tr>
</tbody>
</table>
<table class="staff">
<thead><tr><th scope="col">Personale (antal)</th>${yearHeads}</tr></thead>
<tbody>
<tr><th scope="row">${escape(economyRowLabels.staffFte)}</th>${amounts(fte)}</tr>
</tbody>
</table>
`;
}

/** A yes/no question of the form, on a line of its own; left out when not answered. */
function answer(question: string, value: boolean | null): string {
  return value === null ? '' : `<p>${escape(question)}: ${value ? 'Ja' : 'Nej'}</p>\n`;
}

/** The three areas, each marked: X for the whole, its share where several pay. */
function financingSection(financing: readonly FinancingShare[]): string {
  const mark = (share: string | undefined) =>
    share === undefined ? '' : financing.length === 1 ? 'X' : escape(shareLabel(share));
  const rows = financingAreas.map((area) => {
    const share = financing.find((one) => one.area === area)?.share;
    return `<tr><th scope="row">${escape(financingAreaLabels[area])}</th><td>${mark(share)}</td></tr>`;
  });
  return `<section>
<h2>Finansiering:</h2>
<table class="financing">
<thead><tr><th scope="col">Område</th><th scope="col">Andel</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function mergeNote(initiative: Initiative): string {
  const parts: string[] = [];
  if (initiative.mergedInto) parts.push(`indarbejdet i forslag ${initiative.mergedInto}`);
  if (initiative.absorbed.length > 0) {
    parts.push(`har indarbejdet forslag ${initiative.absorbed.join(', ')}`);
  }
  return parts.length > 0 ? `; ${escape(parts.join('; '))}` : '';
}

/** The administration's costing, when there is one the reader may see: what it counts with. */
function costingNote(initiative: Initiative): string {
  const { costing } = initiative;
  if (!costing) return '';
  const totals = initiative.years.map((year) => totalForYear(costing.economy, year));
  const perYear = initiative.years
    .map((year, index) => (totals[index] === 0 ? null : `${year}: ${mioKrCell(totals[index]!)}`))
    .filter((part): part is string => part !== null);
  return `<p>Prisfastsat af administrationen (mio. kr.): ${escape(perYear.length > 0 ? perYear.join(', ') : 'ingen beløb')}; i alt ${escape(formatMioKr(sumKroner(totals)))}; finansiering: ${escape(financingLabel(costing.financing))}</p>\n`;
}

function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!,
  );
}
