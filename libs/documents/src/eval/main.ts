import { evaluatedFields, type FieldStatus } from './compare';
import { evaluateFixtures, type FixtureResult, tally } from './evaluate';

// `npm run eval:import`: the form importer's field-level accuracy on the project's own
// fixtures, clean and damaged, in .txt, .docx and .pdf. Fails (exit 1) unless the clean ones
// are read 100 % and no damaged field is wrong or empty without a warning.

const percent = (part: number, whole: number) =>
  `${((100 * part) / Math.max(whole, 1)).toFixed(1).replace('.', ',')} %`;

function row(result: FixtureResult): string {
  const counts = tally([result]);
  const mark = (status: FieldStatus) =>
    evaluatedFields.filter((field) => result.fields[field] === status).join(', ');
  const notes = [
    counts.emptyWarned ? `tom+advarsel: ${mark('emptyWarned')}` : '',
    counts.uncertainWarned ? `usikker+advarsel: ${mark('uncertainWarned')}` : '',
    counts.emptySilent ? `TOM UDEN ADVARSEL: ${mark('emptySilent')}` : '',
    counts.wrong ? `FORKERT: ${mark('wrong')}` : '',
  ].filter(Boolean);
  return `  ${result.fixture.name.padEnd(24)} ${result.format.padEnd(5)} ${`${counts.right}/${counts.total}`.padStart(6)}  ${notes.join('; ')}`;
}

function summary(label: string, results: readonly FixtureResult[]): string {
  const t = tally(results);
  return [
    `${label}: ${t.right}/${t.total} felter rigtige (${percent(t.right, t.total)})`,
    `    tomme med advarsel: ${t.emptyWarned}, usikre med advarsel: ${t.uncertainWarned}, tomme uden advarsel: ${t.emptySilent}, forkerte: ${t.wrong}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const results = await evaluateFixtures();
  const clean = results.filter((r) => r.fixture.clean);
  const damaged = results.filter((r) => !r.fixture.clean);
  console.log(`Import af standardskemaet: ${evaluatedFields.length} felter pr. dokument\n`);
  console.log('Rene dokumenter');
  clean.forEach((r) => console.log(row(r)));
  console.log('\nBeskadigede dokumenter');
  let last = '';
  for (const r of damaged) {
    if (r.fixture.name !== last) console.log(`  · ${r.fixture.name}: ${r.fixture.damage}`);
    last = r.fixture.name;
    console.log(row(r));
  }
  console.log('');
  console.log(summary('Rene', clean));
  console.log(summary('Beskadigede', damaged));
  console.log(summary('I alt', results));
  const t = tally(clean);
  const d = tally(damaged);
  if (t.right !== t.total || d.wrong > 0 || d.emptySilent > 0) {
    console.error(
      '\nFejl: de rene dokumenter skal læses 100 %, og intet felt må være forkert eller tomt uden advarsel',
    );
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
