import { type FinancingShare, financingFractions, financingProblem } from './financing';

describe('a financing', () => {
  it('may be left empty (a table with no amounts needs none)', () => {
    expect(financingProblem([])).toBeNull();
  });

  it.each<[string, FinancingShare[]]>([
    ['one area paying it all', [{ area: 'health', share: '1' }]],
    [
      '1/3 + 2/3',
      [
        { area: 'health', share: '1/3' },
        { area: 'social', share: '2/3' },
      ],
    ],
    [
      '0,5 + 1/2',
      [
        { area: 'regionalDevelopment', share: '0,5' },
        { area: 'social', share: '1/2' },
      ],
    ],
    [
      'three areas',
      [
        { area: 'health', share: '1/2' },
        { area: 'social', share: '0.25' },
        { area: 'regionalDevelopment', share: '1/4' },
      ],
    ],
  ])('is valid with %s', (_, shares) => {
    expect(financingProblem(shares)).toBeNull();
  });

  it('is refused when 1/3 + 1/3 leaves a third unpaid', () => {
    expect(
      financingProblem([
        { area: 'health', share: '1/3' },
        { area: 'social', share: '1/3' },
      ]),
    ).toBe('Andelene af finansieringen skal tilsammen give præcis 1 (de giver 2/3)');
  });

  it('is refused when 0,5 + 0,6 pays more than the whole', () => {
    expect(
      financingProblem([
        { area: 'health', share: '0.5' },
        { area: 'social', share: '0.6' },
      ]),
    ).toContain('11/10');
  });

  it('is refused with an area named twice', () => {
    expect(
      financingProblem([
        { area: 'social', share: '1/2' },
        { area: 'social', share: '1/2' },
      ]),
    ).toBe('Det sociale område er angivet mere end én gang');
  });

  it.each(['halvdelen', '0', '3/2', '-1', ''])('is refused with the share "%s"', (share) => {
    expect(financingProblem([{ area: 'health', share }])).toBe(
      `Andelen "${share}" for Sundhedskassen er ikke en brøk mellem 0 og 1`,
    );
  });

  it('is refused, not thrown, when the shares are too fine to add up', () => {
    const shares: FinancingShare[] = [
      { area: 'health', share: '1/999983' },
      { area: 'social', share: '1/999979' },
      { area: 'regionalDevelopment', share: '1/999961' },
    ];

    expect(financingProblem(shares)).toContain('skal tilsammen give præcis 1');
  });

  it('gives its shares as exact fractions, in the order given', () => {
    expect(
      financingFractions([
        { area: 'social', share: '2/3' },
        { area: 'health', share: '1/3' },
      ]),
    ).toEqual([
      { area: 'social', share: { numerator: 2, denominator: 3 } },
      { area: 'health', share: { numerator: 1, denominator: 3 } },
    ]);
    expect(() => financingFractions([{ area: 'health', share: 'alt' }])).toThrow(RangeError);
  });
});
