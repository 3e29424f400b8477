import {
  type FormFixture,
  fixtureFormats,
  formFixtures,
  renderFixture,
} from '../fixtures/form-fixtures';
import { expectedDocument } from '../fixtures/form-spec';
import { readDocument } from '../read-document';
import type { SourceFormat } from '../text/lines';
import type { ImportWarning } from '../warnings';
import { compareFields, type EvaluatedField, type FieldStatus } from './compare';

export interface FixtureResult {
  readonly fixture: FormFixture;
  readonly format: SourceFormat;
  readonly fields: Record<EvaluatedField, FieldStatus>;
  readonly warnings: ImportWarning[];
}

/** Every fixture in every format, read from its rendered bytes as a user's file would be. */
export async function evaluateFixtures(
  fixtures: readonly FormFixture[] = formFixtures(),
  formats: readonly SourceFormat[] = fixtureFormats,
): Promise<FixtureResult[]> {
  const results: FixtureResult[] = [];
  for (const fixture of fixtures) {
    for (const format of formats) {
      const { fileName, bytes } = await renderFixture(fixture, format);
      const read = await readDocument(fileName, bytes);
      if (read.kind !== 'initiative') throw new Error(`${fileName} blev ikke læst som et forslag`);
      results.push({
        fixture,
        format,
        fields: compareFields(expectedDocument(fixture.spec), read.document, read.warnings),
        warnings: read.warnings,
      });
    }
  }
  return results;
}

export function tally(
  results: readonly FixtureResult[],
): Record<FieldStatus, number> & { total: number } {
  const counts = {
    right: 0,
    emptyWarned: 0,
    uncertainWarned: 0,
    emptySilent: 0,
    wrong: 0,
    total: 0,
  };
  for (const result of results) {
    for (const status of Object.values(result.fields)) {
      counts[status]++;
      counts.total++;
    }
  }
  return counts;
}
