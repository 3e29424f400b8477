import { parseCommand } from './args';
import { summaryLine } from './rebuild-read-model-command';

describe('budgetflow rebuild-read-model', () => {
  it('reads its rounds (any number) and --truncate', () => {
    expect(parseCommand(['rebuild-read-model'])).toEqual({
      command: 'rebuild-read-model',
      rounds: [],
      truncate: false,
    });
    expect(
      parseCommand([
        'rebuild-read-model',
        '--round',
        'budget-2026-2029',
        '--round',
        'b-2',
        '--truncate',
      ]),
    ).toEqual({
      command: 'rebuild-read-model',
      rounds: ['budget-2026-2029', 'b-2'],
      truncate: true,
    });
    expect(parseCommand(['rebuild-read-model', '--help'])).toEqual({ command: 'help' });
  });

  it('says in Danish what it does not understand', () => {
    expect(parseCommand(['rebuild-read-model', '--round', "x' OR 'a"])).toEqual({
      error: `Ugyldigt runde-id "x' OR 'a": små bogstaver, tal og bindestreger, fx budget-2026-2029`,
    });
    expect(parseCommand(['rebuild-read-model', '--dry-run'])).toEqual({
      error: expect.stringMatching(/^Ukendt tilvalg/),
    });
    expect(parseCommand(['rebuild-read-model', 'budget-2026-2029'])).toEqual({
      error: expect.stringMatching(/^Ukendt tilvalg/),
    });
  });

  it('sums up in Danish, one and many', () => {
    expect(summaryLine({ initiatives: 12, rounds: 2, agreements: 1, failures: [] })).toBe(
      '12 forslag, 2 runder og 1 budgetaftale genopbygget',
    );
    expect(summaryLine({ initiatives: 1, rounds: 1, agreements: 0, failures: [] })).toBe(
      '1 forslag, 1 runde og 0 budgetaftaler genopbygget',
    );
  });
});
