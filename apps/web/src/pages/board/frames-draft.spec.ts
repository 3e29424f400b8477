import { ApiProblem } from '../../api/client';
import type { Frames } from '../../api/types';
import {
  type FramesDraft,
  frameCellErrorsOf,
  framesDraftOf,
  parseFramesDraft,
  readableFramesProblem,
} from './frames-draft';

const years = [2027, 2028];
const empty: FramesDraft = { health: ['', ''], regionalDevelopment: ['', ''], social: ['', ''] };

function frames(...entries: [number, 'health' | 'regionalDevelopment' | 'social', number][]) {
  return {
    roundId: 'budget-2027-2030',
    frames: entries.map(([year, area, mioKr]) => ({
      year,
      area,
      areaLabel: area,
      amount: { kroner: mioKr * 1_000_000, mioKr, formatted: '' },
    })),
  } satisfies Frames;
}

function problem(errors: { field: string; message: string }[], detail = 'Afvist') {
  return new ApiProblem(400, 'Ugyldig forespørgsel', detail, undefined, errors);
}

describe('framesDraftOf', () => {
  it('writes the frames as a Dane types them, in the order of the years', () => {
    const draft = framesDraftOf(frames([2028, 'health', 1234.5], [2027, 'social', 0]), years);
    expect(draft).toEqual({ ...empty, health: ['', '1.234,5'], social: ['0', ''] });
  });

  it('leaves every cell empty without frames, and ignores years outside the round', () => {
    expect(framesDraftOf(undefined, years)).toEqual(empty);
    expect(framesDraftOf(frames([2026, 'health', 5]), years)).toEqual(empty);
  });

  it('reads back what it wrote', () => {
    const set = frames([2027, 'health', 1234.5], [2028, 'regionalDevelopment', 0.3]);
    expect(parseFramesDraft(framesDraftOf(set, years), years).body?.frames).toEqual([
      { year: 2027, area: 'health', amount: 1234.5 },
      { year: 2028, area: 'regionalDevelopment', amount: 0.3 },
    ]);
  });
});

describe('parseFramesDraft', () => {
  it('sends the whole set by year, then by area, and leaves empty cells out', () => {
    const draft = { ...empty, health: ['10', ' '], social: ['2,5', '1.000'] };
    expect(parseFramesDraft(draft, years)).toEqual({
      body: {
        frames: [
          { year: 2027, area: 'health', amount: 10 },
          { year: 2027, area: 'social', amount: 2.5 },
          { year: 2028, area: 'social', amount: 1000 },
        ],
      },
      errors: null,
    });
  });

  it('sends an empty set when every cell is empty: no frames at all', () => {
    expect(parseFramesDraft(empty, years).body).toEqual({ frames: [] });
  });

  it('refuses what is not a Danish number, at its cell', () => {
    const draft = { ...empty, health: ['1.5', 'ti'] };
    const { errors } = parseFramesDraft(draft, years);
    expect(errors?.map(({ area, year }) => `${area} ${year}`)).toEqual([
      'health 2027',
      'health 2028',
    ]);
    expect(errors?.[0]?.message).toMatch(/mio\. kr\./);
  });

  it("holds the amounts to the domain's schema: not negative, one decimal", () => {
    const draft = { ...empty, regionalDevelopment: ['-1', '0,25'], social: ['3', ''] };
    expect(parseFramesDraft(draft, years).errors).toEqual([
      {
        area: 'regionalDevelopment',
        year: 2027,
        message: 'Rammen angives i mio. kr. og kan ikke være negativ',
      },
      {
        area: 'regionalDevelopment',
        year: 2028,
        message: 'Beløb angives i mio. kr. med højst én decimal, fx 0,3',
      },
    ]);
  });

  it('lists the errors in the order of the table: by area, then by year', () => {
    const draft = { ...empty, health: ['', 'x'], social: ['x', ''] };
    expect(parseFramesDraft(draft, years).errors?.map((one) => one.area)).toEqual([
      'health',
      'social',
    ]);
  });
});

describe("the API's refusal", () => {
  const sent = {
    frames: [
      { year: 2027, area: 'health' as const, amount: 10 },
      { year: 2028, area: 'social' as const, amount: 2 },
    ],
  };

  it('places the field errors at the cells they name by position', () => {
    const error = problem([
      { field: 'frames.1.amount', message: 'For stor' },
      { field: 'frames.0', message: 'To gange' },
      { field: 'frames', message: 'For mange' },
      { field: 'frames.7.amount', message: 'Ukendt' },
    ]);
    expect(frameCellErrorsOf(error, sent)).toEqual([
      { area: 'health', year: 2027, message: 'To gange' },
      { area: 'social', year: 2028, message: 'For stor' },
    ]);
  });

  it('has nothing to place without field errors or without what was sent', () => {
    expect(frameCellErrorsOf(new Error('netværk'), sent)).toEqual([]);
    expect(frameCellErrorsOf(problem([{ field: 'frames.0', message: 'x' }]), null)).toEqual([]);
  });

  it("names the cells in the API's detail and keeps only the errors no cell shows", () => {
    const error = problem(
      [
        { field: 'frames.1.amount', message: 'For stor' },
        { field: 'frames', message: 'For mange' },
      ],
      'frames.1.amount: For stor; frames: For mange',
    );
    const readable = readableFramesProblem(error, sent) as ApiProblem;
    expect(readable.detail).toBe('Det sociale område 2028: For stor; frames: For mange');
    expect(readable.errors).toEqual([{ field: 'frames', message: 'For mange' }]);
    expect(readable.status).toBe(400);
  });

  it('leaves a refusal without paths as the API wrote it', () => {
    const conflict = new ApiProblem(403, 'Ikke tilladt', 'Kun koordinatorer', 'forbidden', []);
    expect(readableFramesProblem(conflict, sent)).toEqual(conflict);
    expect(readableFramesProblem(null, null)).toBeNull();
  });
});
