import { framesSchema } from '../schemas/round';
import { frameProblems } from './frames';

const years = [2026, 2027, 2028, 2029];

describe("a round's frames", () => {
  it('hold any years of the round, each area at most once a year', () => {
    expect(
      frameProblems(
        [
          { year: 2026, area: 'health' },
          { year: 2026, area: 'regionalDevelopment' },
          { year: 2029, area: 'health' },
        ],
        years,
      ),
    ).toEqual([]);
  });

  it('name the frame of a year outside the round, and the second of a year and area', () => {
    expect(
      frameProblems(
        [
          { year: 2026, area: 'health' },
          { year: 2030, area: 'health' },
          { year: 2026, area: 'health' },
        ],
        years,
      ),
    ).toEqual([
      { index: 1, field: 'year', message: '2030 er ikke et af budgetrundens år (2026-2029)' },
      {
        index: 2,
        field: '',
        message: 'Rammen for Sundhedskassen i 2026 er angivet mere end én gang',
      },
    ]);
  });

  it('are given in mio. kr. with one decimal, never negative, and kept in kroner', () => {
    const parsed = framesSchema.safeParse({
      frames: [
        { year: 2026, area: 'health', amount: 60 },
        { year: 2027, area: 'social', amount: 0.3 },
        { year: 2028, area: 'social', amount: 0 },
      ],
    });
    expect(parsed.success && parsed.data.frames.map((frame) => frame.amount)).toEqual([
      60_000_000, 300_000, 0,
    ]);
    const refused = framesSchema.safeParse({
      frames: [
        { year: 2026, area: 'health', amount: -1 },
        { year: 2027, area: 'health', amount: 0.25 },
        { year: 2027, area: 'kassen', amount: 1 },
      ],
    });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'frames.0.amount',
      'frames.1.amount',
      'frames.2.area',
    ]);
    expect(refused.error?.issues[0]?.message).toBe(
      'Rammen angives i mio. kr. og kan ikke være negativ',
    );
  });
});
