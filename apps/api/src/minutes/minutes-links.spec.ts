import type { MinutesItem } from '@budgetflow/documents';
import { canonicalLinks, namedInitiatives } from './minutes-links';

const item = (overrides: Partial<MinutesItem>): MinutesItem => ({
  number: 1,
  title: '',
  time: null,
  endTime: null,
  presenters: [],
  description: '',
  decision: '',
  amounts: [],
  initiatives: [],
  ...overrides,
});

describe('the initiatives an agenda item names', () => {
  it('reads "forslag 4.2" and the lists after it, in number order', () => {
    expect(
      namedInitiatives(
        item({
          description: 'Udvalget drøfter initiativerne 5.10, 4.2 og 4.5 samt nr. 6.1.',
          decision: 'Budgetforslag nr. 7.3 optages. Forslag 4.2 udskydes.',
        }),
      ),
    ).toEqual(['4.2', '4.5', '5.10', '6.1', '7.3']);
  });

  it('takes a number standing alone in the title, but no date, amount or time', () => {
    expect(namedInitiatives(item({ title: '4.2 Akutteam i eget hjem' }))).toEqual(['4.2']);
    expect(
      namedInitiatives(
        item({ title: 'Budget den 2.9.2025 kl. 15.05: 2.400 kr. og 1.050,5 mio. kr.' }),
      ),
    ).toEqual([]);
  });

  it('keeps the reader’s own finds, and only numbers of the initiatives’ form', () => {
    expect(namedInitiatives(item({ initiatives: ['6.1'], title: 'Punkt 0.5' }))).toEqual(['6.1']);
  });

  it('stores links in one order, without empty items', () => {
    expect(
      canonicalLinks([
        { item: 3, numbers: ['5.1', '4.2', '5.1'] },
        { item: 1, numbers: [] },
        { item: 2, numbers: ['4.10', '4.9'] },
      ]),
    ).toEqual([
      { item: 2, numbers: ['4.9', '4.10'] },
      { item: 3, numbers: ['4.2', '5.1'] },
    ]);
  });
});
