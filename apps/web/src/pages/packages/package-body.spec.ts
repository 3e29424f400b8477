import { ApiProblem } from '../../api/client';
import {
  checkPackageDraft,
  draftFieldOf,
  fieldId,
  fieldLabel,
  packageRequestOf,
  serverErrorsOf,
} from './package-body';
import type { ItemDraft, PackageDraft } from './package-draft';

const years = [2027, 2028, 2029, 2030];

function item(number: string, change: Partial<ItemDraft> = {}): ItemDraft {
  return { number, adjusted: false, share: '', moves: [], amounts: [], note: '', ...change };
}

function draft(...items: ItemDraft[]): PackageDraft {
  return { name: 'Forligspakke A', note: '', items };
}

describe('packageRequestOf', () => {
  it('sends an initiative taken as it is by its number alone', () => {
    expect(packageRequestOf(draft(item('4.2')))).toEqual({
      name: 'Forligspakke A',
      items: [{ number: '4.2' }],
    });
  });

  it('leaves out what is typed while the adjustment is off, and an adjustment of nothing', () => {
    const off = item('4.2', { share: '1/2', note: 'Halvdelen' });
    const empty = item('4.3', { adjusted: true, share: ' ', note: '  ' });
    expect(packageRequestOf(draft(off, empty)).items).toEqual([
      { number: '4.2' },
      { number: '4.3' },
    ]);
  });

  it('sends the adjustment with years as numbers and amounts in mio. kr.', () => {
    const adjusted = item('4.2', {
      adjusted: true,
      share: '0,5',
      moves: [{ from: '2027', to: '2028' }],
      amounts: [{ row: 'salaries', year: '2029', amount: '1.234,5' }],
      note: ' Indfases ',
    });
    expect(packageRequestOf({ ...draft(adjusted), note: ' Andet udkast ' })).toEqual({
      name: 'Forligspakke A',
      note: 'Andet udkast',
      items: [
        {
          number: '4.2',
          adjustment: {
            share: '0,5',
            moves: [{ from: 2027, to: 2028 }],
            amounts: [{ row: 'salaries', year: 2029, amount: 1234.5 }],
            note: 'Indfases',
          },
        },
      ],
    });
  });
});

describe('checkPackageDraft', () => {
  it('passes a package the API would take', () => {
    const result = checkPackageDraft(draft(item('4.2', { adjusted: true, share: '1/3' })), years);
    expect(result.errors).toBeNull();
    expect(result.body?.items).toEqual([{ number: '4.2', adjustment: { share: '1/3' } }]);
  });

  it('asks for a name', () => {
    expect(checkPackageDraft({ ...draft(), name: '  ' }, years).errors).toEqual({
      name: 'Pakken skal have et navn',
    });
  });

  it('places a share that is no fraction at its initiative', () => {
    const { errors } = checkPackageDraft(
      draft(item('4.2'), item('5.1', { adjusted: true, share: '2' })),
      years,
    );
    expect(errors).toEqual({
      'item:5.1:share': 'Andelen skal være en brøk mellem 0 og 1, fx 1/3 eller 0,5',
    });
  });

  it('refuses amounts that are no Danish number, or have more than one decimal', () => {
    const { errors } = checkPackageDraft(
      draft(
        item('4.2', {
          adjusted: true,
          amounts: [
            { row: 'salaries', year: '2027', amount: '1.5' },
            { row: 'salaries', year: '2028', amount: '0,25' },
          ],
        }),
      ),
      years,
    );
    expect(errors).toEqual({
      'item:4.2:amounts.0.amount': 'Skriv beløbet i mio. kr. med højst én decimal, fx 0,3',
      'item:4.2:amounts.1.amount': 'Beløb angives i mio. kr. med højst én decimal, fx 0,3',
    });
  });

  it("holds the moves and changed amounts to the domain's rules for the round's years", () => {
    const { errors } = checkPackageDraft(
      draft(
        item('4.2', {
          adjusted: true,
          moves: [
            { from: '2030', to: '2031' },
            { from: '2028', to: '2028' },
          ],
          amounts: [
            { row: 'salaries', year: '2027', amount: '1' },
            { row: 'salaries', year: '2027', amount: '2' },
          ],
        }),
      ),
      years,
    );
    expect(errors).toEqual({
      'item:4.2:moves.0.to':
        'Beløbene kan ikke flyttes til 2031, som ligger uden for budgetrunden (2027-2030)',
      'item:4.2:moves.1.to': '2028 kan ikke flyttes til sig selv',
      'item:4.2:amounts.1.row': 'Løn (til evt. nye årsværk) for 2027 er ændret mere end én gang',
    });
  });
});

describe("the API's refusal", () => {
  const sent = packageRequestOf(draft(item('4.2'), item('5.1', { adjusted: true, share: '1/2' })));
  const problem = (errors: { field: string; message: string }[]) =>
    new ApiProblem(400, 'Ugyldig forespørgsel', 'Afvist', undefined, errors);

  it('is placed at the fields of the initiatives it names, and not repeated in the alert', () => {
    const { errors, rest } = serverErrorsOf(
      problem([
        { field: 'items.1.number', message: 'Forslag 5.1 er en kladde' },
        { field: 'name', message: 'Budgetrunden har allerede en pakke med navnet' },
      ]),
      sent,
    );
    expect(errors).toEqual({
      'item:5.1:number': 'Forslag 5.1 er en kladde',
      name: 'Budgetrunden har allerede en pakke med navnet',
    });
    expect(rest).toBeNull();
  });

  it('keeps what it cannot place in the alert', () => {
    const { errors, rest } = serverErrorsOf(
      problem([
        { field: 'items.0.adjustment.share', message: 'Forkert andel' },
        { field: 'version', message: 'Ukendt' },
      ]),
      sent,
    );
    expect(errors).toEqual({ 'item:4.2:share': 'Forkert andel' });
    expect(rest).toBeInstanceOf(ApiProblem);
    expect((rest as ApiProblem).errors).toEqual([{ field: 'version', message: 'Ukendt' }]);
  });

  it('leaves any other error as it is', () => {
    const error = new Error('x');
    expect(serverErrorsOf(error, sent)).toEqual({ errors: {}, rest: error });
  });
});

describe('draftFieldOf', () => {
  const body = packageRequestOf(draft(item('4.2'), item('5.1')));
  it.each([
    [['name'], 'name'],
    [['items', '1'], 'item:5.1:number'],
    [['items', '0', 'adjustment', 'moves', '2', 'to'], 'item:4.2:moves.2.to'],
    [['items', '0', 'adjustment', 'moves', '2'], 'item:4.2:moves.2.from'],
    [['items', '0', 'adjustment', 'amounts', '1'], 'item:4.2:amounts.1.row'],
    [['items', '1', 'adjustment', 'note'], 'item:5.1:note'],
    [['items', '7', 'number'], null],
    [['frames', '0'], null],
  ])('places %p at %p', (path, field) => {
    expect(draftFieldOf(path, body)).toBe(field);
  });
});

describe('the names of the fields', () => {
  it('are words people know, and ids a browser can find', () => {
    expect(fieldLabel('name')).toBe('Navn');
    expect(fieldLabel('item:4.2:share')).toBe('4.2: andel');
    expect(fieldLabel('item:4.2:moves.0.to')).toBe('4.2, flytning 1: til år');
    expect(fieldLabel('item:4.2:amounts.1.amount')).toBe('4.2, ændret beløb 2: beløb');
    expect(fieldId('item:4.2:moves.0.to')).toBe('pakke-item-4-2-moves-0-to');
  });
});
