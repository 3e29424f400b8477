import { addWorkingDays, danishDaysOff, holidayName, isWorkingDay } from './working-days';

describe('Danish working days', () => {
  it('knows the days off of 2025, and nothing else', () => {
    // By law: nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfartsdag,
    // pinsedag, 2. pinsedag, juledag, 2. juledag. By agreement: Grundlovsdag, juleaftensdag,
    // nytårsaftensdag. Not 1 May, not Fastelavn, and no Store Bededag since 2024.
    expect([...danishDaysOff(2025).keys()].sort()).toEqual([
      '2025-01-01',
      '2025-04-17',
      '2025-04-18',
      '2025-04-20',
      '2025-04-21',
      '2025-05-29',
      '2025-06-05',
      '2025-06-08',
      '2025-06-09',
      '2025-12-24',
      '2025-12-25',
      '2025-12-26',
      '2025-12-31',
    ]);
  });

  it('names the days off in Danish', () => {
    expect(holidayName('2025-04-18')).toBe('Langfredag');
    expect(holidayName('2025-06-05')).toBe('Grundlovsdag');
    expect(holidayName('2025-12-24')).toBe('Juleaftensdag');
    expect(holidayName('2025-12-31')).toBe('Nytårsaftensdag');
    expect(holidayName('2023-05-05')).toBe('Store Bededag');
    expect(holidayName('2025-05-01')).toBeUndefined();
    expect(holidayName('2025-04-23')).toBeUndefined();
  });

  it('skips weekends', () => {
    expect(isWorkingDay('2025-09-05')).toBe(true); // Friday
    expect(isWorkingDay('2025-09-06')).toBe(false); // Saturday
    expect(isWorkingDay('2025-09-07')).toBe(false); // Sunday
    expect(addWorkingDays('2025-09-05', 1)).toBe('2025-09-08'); // Friday → Monday
    expect(addWorkingDays('2025-09-08', -1)).toBe('2025-09-05'); // Monday → Friday
    expect(addWorkingDays('2025-09-06', 1)).toBe('2025-09-08'); // from a Saturday
    expect(addWorkingDays('2025-09-02', 0)).toBe('2025-09-02');
  });

  it('refuses a fraction of a working day', () => {
    expect(() => addWorkingDays('2025-09-02', 1.5)).toThrow(RangeError);
  });

  describe('Easter 2025 (Skærtorsdag 17/4, Langfredag 18/4, Påskedag 20/4, 2. påskedag 21/4)', () => {
    it.each([
      ['2025-04-16', true], // Wednesday before Easter
      ['2025-04-17', false],
      ['2025-04-18', false],
      ['2025-04-19', false],
      ['2025-04-20', false],
      ['2025-04-21', false],
      ['2025-04-22', true],
    ])('%s is a working day: %s', (date, working) => {
      expect(isWorkingDay(date)).toBe(working);
    });

    it('5 working days before Wednesday 23 April is Friday 11 April', () => {
      // 22/4 (1), [21, 20, 19, 18, 17 off], 16/4 (2), 15/4 (3), 14/4 (4), [13, 12 weekend], 11/4 (5)
      expect(addWorkingDays('2025-04-23', -5)).toBe('2025-04-11');
    });

    it('3 working days after Wednesday 16 April is Thursday 24 April', () => {
      // [17, 18, 19, 20, 21 off], 22/4 (1), 23/4 (2), 24/4 (3)
      expect(addWorkingDays('2025-04-16', 3)).toBe('2025-04-24');
    });

    it('1 working day after Wednesday 16 April is Tuesday 22 April', () => {
      expect(addWorkingDays('2025-04-16', 1)).toBe('2025-04-22');
      expect(addWorkingDays('2025-04-22', -1)).toBe('2025-04-16');
    });
  });

  describe('Christmas and New Year 2025/26 (24, 25, 26, 31 December and 1 January off)', () => {
    it.each([
      ['2025-12-23', true],
      ['2025-12-24', false],
      ['2025-12-25', false],
      ['2025-12-26', false],
      ['2025-12-29', true],
      ['2025-12-30', true],
      ['2025-12-31', false],
      ['2026-01-01', false],
      ['2026-01-02', true],
    ])('%s is a working day: %s', (date, working) => {
      expect(isWorkingDay(date)).toBe(working);
    });

    it('3 working days after Monday 22 December 2025 is Tuesday 30 December', () => {
      // 23/12 (1), [24, 25, 26 off, 27, 28 weekend], 29/12 (2), 30/12 (3)
      expect(addWorkingDays('2025-12-22', 3)).toBe('2025-12-30');
    });

    it('2 working days after Monday 29 December 2025 is Friday 2 January 2026', () => {
      // 30/12 (1), [31/12 and 1/1 off], 2/1 (2)
      expect(addWorkingDays('2025-12-29', 2)).toBe('2026-01-02');
    });

    it('5 working days before Friday 2 January 2026 is Friday 19 December 2025', () => {
      // [1/1, 31/12 off], 30/12 (1), 29/12 (2), [28, 27 weekend, 26, 25, 24 off], 23/12 (3),
      // 22/12 (4), [21, 20 weekend], 19/12 (5)
      expect(addWorkingDays('2026-01-02', -5)).toBe('2025-12-19');
    });
  });

  describe('Store Bededag, abolished from 2024', () => {
    it('Friday 5 May 2023 is a day off', () => {
      expect(isWorkingDay('2023-05-05')).toBe(false);
      // Thursday 4 May + 1 working day skips Store Bededag and the weekend
      expect(addWorkingDays('2023-05-04', 1)).toBe('2023-05-08');
    });

    it('Friday 26 April 2024, where it would have been, is a working day', () => {
      expect(isWorkingDay('2024-04-26')).toBe(true);
      expect(addWorkingDays('2024-04-25', 1)).toBe('2024-04-26');
    });

    it('Friday 16 May 2025, where it would have been, is a working day', () => {
      // The fourth Friday after Easter Sunday (20 April 2025)
      expect(isWorkingDay('2025-05-16')).toBe(true);
    });
  });

  describe('Kristi himmelfartsdag, Grundlovsdag and Pinse 2025', () => {
    it('Kristi himmelfartsdag, Thursday 29 May, is off; the Friday after is not', () => {
      expect(isWorkingDay('2025-05-29')).toBe(false);
      expect(isWorkingDay('2025-05-30')).toBe(true);
      expect(addWorkingDays('2025-05-28', 1)).toBe('2025-05-30');
    });

    it('Grundlovsdag, Thursday 5 June, and 2. pinsedag, Monday 9 June, are off', () => {
      expect(isWorkingDay('2025-06-05')).toBe(false);
      expect(isWorkingDay('2025-06-08')).toBe(false); // Pinsedag, a Sunday
      expect(isWorkingDay('2025-06-09')).toBe(false);
      // [5/6 off], 6/6 (1), [7, 8 weekend, 9 off], 10/6 (2), 11/6 (3)
      expect(addWorkingDays('2025-06-04', 3)).toBe('2025-06-11');
      // 6/6 (1), [5/6 off], 4/6 (2)
      expect(addWorkingDays('2025-06-10', -2)).toBe('2025-06-04');
    });
  });
});
