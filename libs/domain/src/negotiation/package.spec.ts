import {
  aDraft,
  aForm,
  coordinator,
  economy,
  enhedslistenMember,
  initiativeIn,
  mio,
  venstreMember,
} from '../lifecycle/fixtures.spec-helper';
import type { Initiative } from '../lifecycle/initiative';
import { countsInPackage, packageItemProblems, packageTotals } from './package';

const years = [2026, 2027, 2028, 2029];

describe('a negotiation package', () => {
  const costed = initiativeIn('inNegotiation', {
    number: '4.2',
    form: aForm({ economy: economy({ otherOperations: { 2026: 9.9 } }) }),
  });
  const draft = aDraft({ number: '4.7' });
  const round = new Map<string, Initiative>([
    ['4.2', costed],
    ['4.7', draft],
  ]);
  const initiativeOf = (number: string) => round.get(number) ?? null;

  it('takes submitted initiatives, each once, with adjustments that fit the round', () => {
    expect(
      packageItemProblems(
        [
          { number: '4.2', adjustment: { share: '1/2' } },
          { number: '4.9', adjustment: null },
          { number: '4.2', adjustment: { moves: [{ from: 2027, to: 2031 }] } },
        ],
        initiativeOf,
        coordinator,
        years,
      ),
    ).toEqual([
      { field: 'items.1.number', message: 'Forslag 4.9 findes ikke i budgetrunden' },
      { field: 'items.2.number', message: 'Forslag 4.2 er med i pakken mere end én gang' },
      {
        field: 'items.2.adjustment.moves.0.to',
        message: 'Beløbene kan ikke flyttes til 2031, som ligger uden for budgetrunden (2026-2029)',
      },
    ]);
  });

  it('refuses a draft, and one the saver may not see as if it did not exist', () => {
    const items = [{ number: '4.7', adjustment: null }];
    // Another party's draft (and a coordinator sees none): its number tells nothing.
    for (const actor of [coordinator, venstreMember]) {
      expect(packageItemProblems(items, initiativeOf, actor, years)).toEqual([
        { field: 'items.0.number', message: 'Forslag 4.7 findes ikke i budgetrunden' },
      ]);
    }
    expect(packageItemProblems(items, initiativeOf, enhedslistenMember, years)).toEqual([
      {
        field: 'items.0.number',
        message: 'Forslag 4.7 er en kladde; kun indsendte forslag kan komme med i en pakke',
      },
    ]);
  });

  it('counts the costing once there is one, else the form', () => {
    // The fixture's costing is 0,3 mio. kr. a year, whatever the form asked.
    expect(packageTotals([{ initiative: costed, adjustment: null }], [2026])).toEqual([
      { year: 2026, area: 'health', kroner: mio(0.3) },
      { year: 2026, area: 'regionalDevelopment', kroner: 0 },
      { year: 2026, area: 'social', kroner: 0 },
    ]);
    const submitted = initiativeIn('submitted', {
      number: '4.3',
      form: aForm({ economy: economy({ otherOperations: { 2026: 9.9 } }) }),
    });
    expect(packageTotals([{ initiative: submitted, adjustment: null }], [2026])[0]).toEqual({
      year: 2026,
      area: 'health',
      kroner: mio(9.9),
    });
  });

  it('splits each initiative between its areas exactly and sums them, savings included', () => {
    const split = initiativeIn('submitted', {
      number: '6.1',
      form: aForm({
        economy: economy({ otherOperations: { 2026: 1, 2027: 1 } }),
        financing: [
          { area: 'health', share: '1/3' },
          { area: 'regionalDevelopment', share: '2/3' },
        ],
      }),
    });
    const saving = initiativeIn('submitted', {
      number: '7.1',
      form: aForm({
        economy: economy({ otherOperations: { 2026: -2 } }),
        financing: [
          { area: 'health', share: '1/2' },
          { area: 'regionalDevelopment', share: '1/2' },
        ],
      }),
    });
    // The lifecycle asks for a financing on submission; an older or imported one may lack it.
    const unfinanced: Initiative = {
      ...initiativeIn('submitted', { number: '5.1' }),
      form: aForm({ economy: economy({ salaries: { 2027: 0.5 } }), financing: [] }),
    };
    const totals = packageTotals(
      [
        { initiative: split, adjustment: { share: '1/2' } },
        { initiative: saving, adjustment: null },
        { initiative: unfinanced, adjustment: null },
      ],
      [2026, 2027],
    );
    expect(totals).toEqual([
      // Half of 1 mio.: 500 000, a third to health (166 667) and two thirds (333 333).
      { year: 2026, area: 'health', kroner: 166_667 - 1_000_000 },
      { year: 2026, area: 'regionalDevelopment', kroner: 333_333 - 1_000_000 },
      { year: 2026, area: 'social', kroner: 0 },
      { year: 2027, area: 'health', kroner: 166_667 },
      { year: 2027, area: 'regionalDevelopment', kroner: 333_333 },
      { year: 2027, area: 'social', kroner: 0 },
      { year: 2027, area: 'unassigned', kroner: mio(0.5) },
    ]);
  });

  it('keeps an initiative that ended outside the agreement, counting nothing', () => {
    expect((['merged', 'rejected', 'withdrawn', 'draft'] as const).filter(countsInPackage)).toEqual(
      [],
    );
    expect(
      (['submitted', 'inReview', 'costed', 'inNegotiation', 'included'] as const).every(
        countsInPackage,
      ),
    ).toBe(true);
    const rejected = initiativeIn('rejected', { number: '4.4' });
    expect(
      packageTotals([{ initiative: rejected, adjustment: null }], [2026]).every(
        (total) => total.kroner === 0,
      ),
    ).toBe(true);
  });
});
