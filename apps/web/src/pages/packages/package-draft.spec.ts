import type { NegotiationPackage } from '../../api/types';
import {
  type DraftAction,
  emptyPackageDraft,
  type PackageDraft,
  packageDraftOf,
  packageDraftReducer,
} from './package-draft';

const years = [2027, 2028, 2029, 2030];

function apply(draft: PackageDraft, ...actions: DraftAction[]): PackageDraft {
  return actions.reduce(packageDraftReducer, draft);
}

const include = (number: string, included = true): DraftAction => ({
  type: 'include',
  number,
  included,
});

describe('the package draft', () => {
  it('keeps the initiatives in the order of their numbers, whatever order they are chosen in', () => {
    const draft = apply(emptyPackageDraft, include('4.10'), include('5.1'), include('4.2'));
    expect(draft.items.map((item) => item.number)).toEqual(['4.2', '4.10', '5.1']);
  });

  it('takes an initiative once, and lets it go with its adjustment', () => {
    const twice = apply(emptyPackageDraft, include('4.2'), include('4.2'));
    expect(twice.items).toHaveLength(1);
    const adjusted = apply(twice, { type: 'item', number: '4.2', change: { share: '1/2' } });
    const gone = apply(adjusted, include('4.2', false));
    expect(gone.items).toEqual([]);
    // Chosen again, it starts as it is.
    expect(apply(gone, include('4.2')).items[0]?.share).toBe('');
  });

  it('changes only the item it names', () => {
    const draft = apply(emptyPackageDraft, include('4.2'), include('4.3'), {
      type: 'item',
      number: '4.3',
      change: { adjusted: true, note: 'Halvdelen' },
    });
    expect(draft.items[0]).toMatchObject({ number: '4.2', adjusted: false, note: '' });
    expect(draft.items[1]).toMatchObject({ number: '4.3', adjusted: true, note: 'Halvdelen' });
  });

  it('adds a move from the first year to the next, and changes and removes moves by place', () => {
    const draft = apply(
      emptyPackageDraft,
      include('4.2'),
      { type: 'addMove', number: '4.2', years },
      { type: 'addMove', number: '4.2', years },
      { type: 'move', number: '4.2', index: 1, change: { from: '2029', to: '2030' } },
    );
    expect(draft.items[0]?.moves).toEqual([
      { from: '2027', to: '2028' },
      { from: '2029', to: '2030' },
    ]);
    const removed = apply(draft, { type: 'removeMove', number: '4.2', index: 0 });
    expect(removed.items[0]?.moves).toEqual([{ from: '2029', to: '2030' }]);
  });

  it('adds a changed amount for the first year, and changes and removes them by place', () => {
    const draft = apply(
      emptyPackageDraft,
      include('4.2'),
      { type: 'addAmount', number: '4.2', years },
      { type: 'amount', number: '4.2', index: 0, change: { amount: '1,' } },
    );
    // A half-typed number is kept as typed.
    expect(draft.items[0]?.amounts).toEqual([
      { row: 'otherOperations', year: '2027', amount: '1,' },
    ]);
    expect(
      apply(draft, { type: 'removeAmount', number: '4.2', index: 0 }).items[0]?.amounts,
    ).toEqual([]);
  });

  it('sets the name and the version’s note', () => {
    const draft = apply(
      emptyPackageDraft,
      { type: 'name', name: 'Forligspakke A' },
      { type: 'note', note: 'Udgangspunkt' },
    );
    expect(draft).toMatchObject({ name: 'Forligspakke A', note: 'Udgangspunkt' });
  });
});

describe('packageDraftOf', () => {
  const amount = (mioKr: number) => ({ kroner: mioKr * 1_000_000, mioKr, formatted: '' });
  const saved = {
    name: 'Forligspakke B',
    note: 'Første udkast',
    items: [
      { number: '5.2', adjustment: null },
      {
        number: '1.1',
        adjustment: {
          share: '1/2',
          moves: [{ from: 2027, to: 2028 }],
          amounts: [
            { row: 'otherOperations', rowLabel: 'Øvrig drift', year: 2028, amount: amount(1234.5) },
            { row: 'salaries', rowLabel: 'Løn', year: 2027, amount: amount(-0.3) },
          ],
          note: 'Indfases',
        },
      },
    ],
  } as unknown as NegotiationPackage;

  it('starts a new package empty', () => {
    expect(packageDraftOf(null)).toEqual(emptyPackageDraft);
  });

  it('starts the next version from the package as it is, with a note of its own', () => {
    expect(packageDraftOf(saved)).toEqual({
      name: 'Forligspakke B',
      note: '',
      items: [
        {
          number: '1.1',
          adjusted: true,
          share: '1/2',
          moves: [{ from: '2027', to: '2028' }],
          amounts: [
            { row: 'otherOperations', year: '2028', amount: '1.234,5' },
            { row: 'salaries', year: '2027', amount: '-0,3' },
          ],
          note: 'Indfases',
        },
        { number: '5.2', adjusted: false, share: '', moves: [], amounts: [], note: '' },
      ],
    });
  });
});
