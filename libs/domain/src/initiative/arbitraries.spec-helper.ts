// Generators for the property specs: round years, economy tables and financings as the form has
// them. Named *.spec-helper.ts so that jest (testMatch *.spec.ts) does not run it as a test.
import fc, { type Arbitrary } from 'fast-check';
import { formatFraction, fraction } from '../money/fraction';
import { KRONER_PER_TENTH } from '../money/money';
import type { EconomyRow, EconomyTable, YearAmounts } from './economy';
import { type FinancingArea, type FinancingShare, financingAreas } from './financing';

/** The largest amount, in tenths of a million, that is still a safe integer of kroner. */
export const MAX_TENTHS = Math.floor(Number.MAX_SAFE_INTEGER / KRONER_PER_TENTH);

/** The years of a round: the budget year and up to three after it, as "Budget 2026-2029". */
export const roundYearsArb: Arbitrary<number[]> = fc
  .record({ first: fc.integer({ min: 2020, max: 2040 }), more: fc.integer({ min: 0, max: 3 }) })
  .map(({ first, more }) => Array.from({ length: more + 1 }, (_, index) => first + index));

/** Cells of one row: some of the years filled in, the rest empty (absent). */
export function cellsArb(
  years: readonly number[],
  value: Arbitrary<number>,
): Arbitrary<YearAmounts> {
  return fc.dictionary(fc.constantFrom(...years.map(String)), value, {
    maxKeys: years.length,
    noNullPrototype: true, // as the table comes out of JSON
  });
}

/**
 * An economy table in kroner of whole tenths of a million (the form's one decimal), savings as
 * negative amounts. `maxTenths` bounds the cells; the default keeps totals far from overflow.
 */
export function economyArb(years: readonly number[], maxTenths = 100_000): Arbitrary<EconomyTable> {
  const kroner = fc
    .integer({ min: -maxTenths, max: maxTenths })
    .map((tenths) => tenths * KRONER_PER_TENTH);
  return fc.record({
    establishmentCosts: cellsArb(years, kroner),
    salaries: cellsArb(years, kroner),
    otherOperations: cellsArb(years, kroner),
    staffFteTenths: cellsArb(years, fc.nat({ max: 500 })),
  });
}

/** A table that asks for no money: empty or zero cells, perhaps staff (as initiative 4.3). */
export function economyWithoutMoneyArb(years: readonly number[]): Arbitrary<EconomyTable> {
  return fc.record({
    establishmentCosts: cellsArb(years, fc.constant(0)),
    salaries: cellsArb(years, fc.constant(0)),
    otherOperations: cellsArb(years, fc.constant(0)),
    staffFteTenths: cellsArb(years, fc.nat({ max: 500 })),
  });
}

/** A table naming a year outside the round, in one of its rows (staff included). */
export function economyOutsideRoundArb(years: readonly number[]): Arbitrary<EconomyTable> {
  const first = years[0] ?? 2026;
  const last = years[years.length - 1] ?? first;
  return fc
    .record({
      table: economyArb(years),
      row: fc.constantFrom<EconomyRow | 'staffFteTenths'>(
        'establishmentCosts',
        'salaries',
        'otherOperations',
        'staffFteTenths',
      ),
      year: fc.constantFrom(first - 1, last + 1, first - 10),
      tenths: fc.nat({ max: 10 }),
    })
    .map(({ table, row, year, tenths }) => ({
      ...table,
      [row]: {
        ...table[row],
        [String(year)]: row === 'staffFteTenths' ? tenths : tenths * KRONER_PER_TENTH,
      },
    }));
}

/** Denominators of shares: the everyday ones (halves, thirds, quarters) and some very fine ones. */
const wholeArb = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 4 },
  { arbitrary: fc.constantFrom(100, 1000, 100_000, 999_983), weight: 1 },
);

/** A whole cut into `parts` positive pieces: the numerators of shares over `whole`. */
export function cutArb(whole: number, parts: number): Arbitrary<number[]> {
  if (parts === 1) return fc.constant([whole]);
  return fc
    .uniqueArray(fc.integer({ min: 1, max: whole - 1 }), {
      minLength: parts - 1,
      maxLength: parts - 1,
    })
    .map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), whole];
      return points.slice(1).map((point, index) => point - (points[index] ?? 0));
    });
}

/** Exact shares that add up to 1: `parts` fractions over a common whole. */
export const partitionArb = (parts: number): Arbitrary<{ numerators: number[]; whole: number }> =>
  wholeArb
    .map((whole) => Math.max(whole, parts))
    .chain((whole) => cutArb(whole, parts).map((numerators) => ({ numerators, whole })));

/** n/d as the form may write it: "1/3", " 2 / 6 ", "1", "0,25" or "0.5". */
export function shareTextArb(numerator: number, whole: number): Arbitrary<string> {
  const texts = [
    `${numerator}/${whole}`,
    ` ${numerator} / ${whole} `,
    formatFraction(fraction(numerator, whole)),
  ];
  if (1_000_000 % whole === 0) {
    // Exactly a decimal with at most six decimals, as parseFraction reads them.
    if (numerator === whole) texts.push('1', '1,0', '1.0');
    else {
      const decimals = String((numerator * 1_000_000) / whole)
        .padStart(6, '0')
        .replace(/0+$/, '');
      texts.push(`0,${decimals}`, `0.${decimals}`);
    }
  }
  return fc.constantFrom(...texts);
}

function sharesOf(areas: FinancingArea[], numerators: number[], texts: string[]) {
  return areas.map((area, index) => ({
    area,
    share: texts[index] ?? `${numerators[index]}`,
  }));
}

/** A valid financing: distinct areas whose shares add up to exactly 1, as the form writes them. */
export const financingArb: Arbitrary<FinancingShare[]> = fc
  .shuffledSubarray([...financingAreas], { minLength: 1 })
  .chain((areas) =>
    partitionArb(areas.length).chain(({ numerators, whole }) =>
      fc
        .tuple(...numerators.map((numerator) => shareTextArb(numerator, whole)))
        .map((texts) => sharesOf(areas, numerators, texts)),
    ),
  );

/** Texts that are not a share between 0 and 1. */
export const badShareTexts = ['halvdelen', '0', '0/3', '3/2', '-1', '', '1/0', '1e-1', '0,1234567'];

/** A financing the lifecycle must refuse: off by one part, an area twice, or a share unreadable. */
export const invalidFinancingArb: Arbitrary<FinancingShare[]> = fc.oneof(
  fc
    .record({
      areas: fc.shuffledSubarray([...financingAreas], { minLength: 1 }),
      delta: fc.constantFrom(-1, 1),
      at: fc.nat(),
    })
    .chain(({ areas, delta, at }) =>
      partitionArb(areas.length).map(({ numerators, whole }) => {
        const off = at % numerators.length;
        const texts = numerators.map(
          (numerator, index) => `${index === off ? numerator + delta : numerator}/${whole}`,
        );
        return sharesOf(areas, numerators, texts);
      }),
    ),
  financingArb.map((shares) => [...shares, ...shares.slice(0, 1)]),
  fc
    .tuple(financingArb, fc.constantFrom(...badShareTexts), fc.nat())
    .map(([shares, bad, at]) =>
      shares.map((share, index) =>
        index === at % shares.length ? { ...share, share: bad } : share,
      ),
    ),
  // Too fine to add up within safe integers (financing.ts refuses rather than throws).
  fc.constant<FinancingShare[]>([
    { area: 'health', share: '1/999983' },
    { area: 'social', share: '1/999979' },
    { area: 'regionalDevelopment', share: '1/999961' },
  ]),
);
