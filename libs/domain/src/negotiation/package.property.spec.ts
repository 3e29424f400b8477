import fc from 'fast-check';
import { economyArb, financingArb, roundYearsArb } from '../initiative/arbitraries.spec-helper';
import { economyRows, type EconomyTable, totalForYear } from '../initiative/economy';
import { financingAreas } from '../initiative/financing';
import type { Initiative } from '../lifecycle/initiative';
import { initiativeIn } from '../lifecycle/fixtures.spec-helper';
import { allocateKroner } from '../money/allocate';
import { kronerArb } from '../money/arbitraries.spec-helper';
import { fraction, formatFraction } from '../money/fraction';
import { sumKroner } from '../money/money';
import { type Adjustment, adjustedEconomy, splitEconomy } from './adjustment';
import { packageBalance } from './balance';
import { type PackageEntry, packageTotals } from './package';

const submitted = initiativeIn('submitted');

/** A share n/d between 0 and 1, everyday ones and fine ones. */
const shareArb = fc
  .oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(100, 1000, 999_983))
  .chain((denominator) =>
    fc.integer({ min: 1, max: denominator }).map((numerator) => fraction(numerator, denominator)),
  );

/** A table with any kroner in its cells, not only the form's whole tenths. */
const anyKronerEconomyArb = (years: readonly number[]) =>
  economyArb(years).chain((table) =>
    fc
      .tuple(
        ...economyRows.map(() =>
          fc.array(
            kronerArb.map((k) => k % 1e12),
            { maxLength: 4 },
          ),
        ),
      )
      .map((rows) => {
        const next = { ...table } as Record<string, Record<string, number>>;
        economyRows.forEach((row, index) => {
          const cells = { ...table[row] };
          (rows[index] ?? []).forEach((kroner, at) => {
            const year = years[at % years.length];
            if (year !== undefined) cells[String(year)] = kroner;
          });
          next[row] = cells;
        });
        return next as unknown as EconomyTable;
      }),
  );

const tableArb = roundYearsArb.chain((years) =>
  fc.record({ years: fc.constant(years), table: anyKronerEconomyArb(years) }),
);

const adjustmentArb = (years: readonly number[]): fc.Arbitrary<Adjustment> =>
  fc.record(
    {
      share: shareArb.map(formatFraction),
      moves: fc
        .uniqueArray(fc.constantFrom(...years), { maxLength: years.length })
        .chain((froms) =>
          fc
            .tuple(...froms.map(() => fc.constantFrom(...years)))
            .map((tos) =>
              froms
                .map((from, index) => ({ from, to: tos[index] ?? from }))
                .filter(({ from, to }) => from !== to),
            ),
        ),
    },
    { requiredKeys: [] },
  );

function entryOf(
  years: readonly number[],
  economy: EconomyTable,
  financing: Initiative['form']['financing'],
  adjustment: Adjustment | null,
): PackageEntry {
  return {
    initiative: { ...submitted, years, form: { ...submitted.form, economy, financing } },
    adjustment,
  };
}

const packageArb = roundYearsArb.chain((years) =>
  fc.record({
    years: fc.constant(years),
    entries: fc.array(
      fc
        .record({
          economy: economyArb(years),
          financing: fc.oneof({ arbitrary: financingArb, weight: 4 }, fc.constant([])),
          adjustment: fc.option(adjustmentArb(years)),
        })
        .map(({ economy, financing, adjustment }) =>
          entryOf(years, economy, financing, adjustment),
        ),
      { maxLength: 6 },
    ),
  }),
);

describe("a package's adjustments and totals, for any tables", () => {
  it('takes an initiative as it is when scaled by 1, however 1 is written', () => {
    fc.assert(
      fc.property(tableArb, fc.constantFrom('1', '1/1', '1,0', '7/7'), ({ years, table }, one) => {
        expect(adjustedEconomy(table, { share: one }, years)).toEqual(table);
        const { kept, leftOut } = splitEconomy(table, fraction(1, 1));
        expect(kept).toEqual(table);
        for (const row of [...economyRows, 'staffFteTenths' as const]) {
          expect(Object.values(leftOut[row]).every((kroner) => kroner === 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('splits a table into what the share keeps and the rest, adding up to it exactly', () => {
    fc.assert(
      fc.property(tableArb, shareArb, ({ years, table }, share) => {
        const { kept, leftOut } = splitEconomy(table, share);
        const rest = fraction(share.denominator - share.numerator, share.denominator);
        for (const row of [...economyRows, 'staffFteTenths' as const]) {
          expect(Object.keys(kept[row]).sort()).toEqual(Object.keys(table[row]).sort());
          for (const [year, amount] of Object.entries(table[row])) {
            const part = kept[row][year] ?? 0;
            expect(BigInt(part) + BigInt(leftOut[row][year] ?? 0)).toBe(BigInt(amount));
            // Within a krone of the exact share: |part × d − amount × n| ≤ d.
            const error =
              BigInt(part) * BigInt(share.denominator) - BigInt(amount) * BigInt(share.numerator);
            expect((error < 0n ? -error : error) <= BigInt(share.denominator)).toBe(true);
          }
        }
        for (const year of years) {
          // The kept rows add up to the year's total scaled and rounded once.
          const whole = totalForYear(table, year);
          expect(totalForYear(kept, year)).toBe(allocateKroner(whole, [share, rest])[0]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('moves amounts between years without losing or inventing any', () => {
    fc.assert(
      fc.property(
        roundYearsArb.chain((years) =>
          fc.record({
            years: fc.constant(years),
            table: economyArb(years),
            adjustment: adjustmentArb(years).map(({ moves }) => ({ moves: moves ?? [] })),
          }),
        ),
        ({ years, table, adjustment }) => {
          const moved = adjustedEconomy(table, adjustment, years);
          const overAllYears = (t: EconomyTable) => sumKroner(years.map((y) => totalForYear(t, y)));
          expect(overAllYears(moved)).toBe(overAllYears(table));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counts in each year exactly the sum of its initiatives' adjusted totals, over the areas", () => {
    fc.assert(
      fc.property(packageArb, ({ years, entries }) => {
        const totals = packageTotals(entries, years);
        for (const year of years) {
          const parts = totals.filter((t) => t.year === year).map((t) => t.kroner);
          const wholes = entries.map(({ initiative, adjustment }) =>
            totalForYear(adjustedEconomy(initiative.form.economy, adjustment, years), year),
          );
          expect(sumKroner(parts)).toBe(sumKroner(wholes));
        }
        // A package is the sum of its initiatives, each counted alone.
        const alone = entries.flatMap((entry) => packageTotals([entry], years));
        for (const { year, area, kroner } of totals) {
          const sum = sumKroner(
            alone.filter((t) => t.year === year && t.area === area).map((t) => t.kroner),
          );
          expect(sum).toBe(kroner);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("balances each area on its own: another area's amounts never change its balance", () => {
    fc.assert(
      fc.property(
        packageArb,
        fc.constantFrom(...financingAreas),
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.nat({ max: 200_000_000 }),
        ({ years, entries }, area, change, frame) => {
          const totals = packageTotals(entries, years);
          const frames = years.flatMap((year) =>
            financingAreas.map((a) => ({ year, area: a, kroner: frame })),
          );
          const changed = totals.map((t) =>
            t.area === area ? { ...t, kroner: t.kroner + change } : t,
          );
          const before = packageBalance(totals, frames, years);
          const after = packageBalance(changed, frames, years);
          for (const other of before.areas.filter((b) => b.area !== area)) {
            expect(after.areas.find((b) => b.area === other.area)).toEqual(other);
          }
          for (const cell of after.areas.flatMap((b) => b.cells)) {
            if (cell.frame !== null) expect(cell.remainder).toBe(cell.frame - cell.amount);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
