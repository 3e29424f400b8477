import type { InitiativeListItem, PackageItem } from '../../api/types';
import { candidatesOf } from './candidates';

const listed = (number: string, title: string) =>
  ({
    number,
    title,
    state: 'submitted',
    stateLabel: 'Indsendt',
    total: { kroner: 3_000_000, mioKr: 3, formatted: '3,0 mio. kr.' },
  }) as unknown as InitiativeListItem;

const held = (number: string, title: string) =>
  ({ number, title, state: 'merged', stateLabel: 'Indarbejdet' }) as unknown as PackageItem;

describe('candidatesOf', () => {
  it('offers the listed initiatives with their totals, in the order of their numbers', () => {
    expect(candidatesOf([listed('4.10', 'B'), listed('4.2', 'A')], [])).toEqual([
      {
        number: '4.2',
        title: 'A',
        state: 'submitted',
        stateLabel: 'Indsendt',
        total: '3,0 mio. kr.',
      },
      {
        number: '4.10',
        title: 'B',
        state: 'submitted',
        stateLabel: 'Indsendt',
        total: '3,0 mio. kr.',
      },
    ]);
  });

  it('keeps an initiative the package holds though it has ended since, once', () => {
    const candidates = candidatesOf([listed('4.2', 'A')], [held('4.2', 'A'), held('1.1', 'C')]);
    expect(candidates.map(({ number, state, total }) => [number, state, total])).toEqual([
      ['1.1', 'merged', null],
      ['4.2', 'submitted', '3,0 mio. kr.'],
    ]);
  });
});
