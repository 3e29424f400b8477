import type { PackageAdjustment } from '../../api/types';
import {
  adjustmentParts,
  adjustmentText,
  restoredText,
  signedAmount,
  versionText,
} from './package-words';

const amount = (kroner: number, formatted: string) => ({ kroner, mioKr: kroner / 1e6, formatted });

describe('the words of a package', () => {
  const adjustment: PackageAdjustment = {
    share: '1/2',
    moves: [{ from: 2027, to: 2028 }],
    amounts: [
      {
        row: 'otherOperations',
        rowLabel: 'Øvrig drift',
        year: 2029,
        amount: amount(1e6, '1,0 mio. kr.'),
      },
    ],
    note: 'Indfases',
  };

  it('say an adjustment part by part', () => {
    expect(adjustmentParts(adjustment)).toEqual([
      'Andel 1/2',
      '2027 flyttet til 2028',
      'Øvrig drift 2029: 1,0 mio. kr.',
      'Note: Indfases',
    ]);
    expect(adjustmentText({ ...adjustment, moves: [], amounts: [], note: null })).toBe('Andel 1/2');
  });

  it('say that an initiative is taken as it is', () => {
    expect(adjustmentParts(null)).toEqual([]);
    expect(adjustmentText(null)).toBe('Som forslaget er');
  });

  it('sign a difference', () => {
    expect(signedAmount(amount(1_500_000, '1,5 mio. kr.'))).toBe('+1,5 mio. kr.');
    expect(signedAmount(amount(-300_000, '-0,3 mio. kr.'))).toBe('-0,3 mio. kr.');
    expect(signedAmount(amount(0, '0,0 mio. kr.'))).toBe('0,0 mio. kr.');
  });

  it('name a version, with how many there are when it is not the latest', () => {
    expect(versionText(3, 3)).toBe('Version 3');
    expect(versionText(1, 3)).toBe('Version 1 af 3');
  });

  it('say which version a restored one came from, unless its note says so already', () => {
    expect(restoredText(null, null)).toBeNull();
    expect(restoredText(1, 'Gendannet fra version 1')).toBeNull();
    expect(restoredText(1, 'Tilbage til udgangspunktet')).toBe('Gendannet fra version 1');
  });
});
