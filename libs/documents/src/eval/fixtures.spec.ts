import { formFixtures } from '../fixtures/form-fixtures';
import { evaluatedFields, type EvaluatedField } from './compare';
import { evaluateFixtures, type FixtureResult } from './evaluate';

// The accuracy `npm run eval:import` reports, held as tests: every fixture in .txt, .docx and
// .pdf, read from its rendered bytes.

const freeText: readonly EvaluatedField[] = [
  'purpose',
  'background',
  'review.comments',
  'elaboration',
  'agreementTextDraft',
  'sustainableDevelopmentGoals',
];

let results: FixtureResult[];

beforeAll(async () => {
  results = await evaluateFixtures();
}, 120_000);

const failures = (wanted: (result: FixtureResult, field: EvaluatedField) => boolean) =>
  results.flatMap((result) =>
    evaluatedFields
      .filter((field) => !wanted(result, field))
      .map((field) => `${result.fixture.name}.${result.format} ${field}: ${result.fields[field]}`),
  );

describe('the form importer on the project’s fixtures', () => {
  it('renders every fixture in all three formats', () => {
    expect(results).toHaveLength(formFixtures().length * 3);
  });

  it('reads the clean fixtures 100 % in all three formats', () => {
    const clean = results.filter((r) => r.fixture.clean);
    expect(clean.length).toBeGreaterThanOrEqual(12);
    expect(failures((r, field) => !r.fixture.clean || r.fields[field] === 'right')).toEqual([]);
  });

  it('never gives a damaged field a wrong value silently: right, or empty with a warning', () => {
    // Free text may keep a word OCR left doubtful, but only with a warning that names it.
    expect(
      failures(
        (r, field) =>
          r.fields[field] === 'right' ||
          r.fields[field] === 'emptyWarned' ||
          (r.fields[field] === 'uncertainWarned' && freeText.includes(field)),
      ),
    ).toEqual([]);
  });

  it('reads what honest reading allows of the damaged ones', () => {
    const damaged = results.filter((r) => !r.fixture.clean);
    const right = damaged
      .flatMap((r) => Object.values(r.fields))
      .filter((s) => s === 'right').length;
    expect(right / (damaged.length * evaluatedFields.length)).toBeGreaterThan(0.9);
  });
});
