import type { BudgetQuestion } from '../../api/questions';
import {
  defaultQuestionSort,
  hasQuestionFilters,
  nextQuestionSort,
  parseQuestionParams,
  questionFilterOf,
  serialiseQuestionParams,
  sortOrderOf,
  sortQuestions,
} from './question-params';

const parse = (search: string) => parseQuestionParams(new URLSearchParams(search));

describe('the question list’s address', () => {
  it('reads the filters and the order, Danish keys with the API’s states', () => {
    expect(parse('status=overdue&parti=Venstre&forslag=4.2&sorter=-frist')).toEqual({
      state: 'overdue',
      partyGroup: 'Venstre',
      initiative: '4.2',
      sort: { key: 'due', descending: true },
    });
  });

  it('ignores what it does not know, and starts in number order', () => {
    expect(parse('status=lukket&sorter=titel&andet=1')).toEqual({
      state: '',
      partyGroup: '',
      initiative: '',
      sort: defaultQuestionSort,
    });
  });

  it('writes back what it read, leaving out the defaults', () => {
    for (const search of ['status=answered&parti=SF', 'forslag=5.1&sorter=frist', '']) {
      expect(serialiseQuestionParams(parse(search)).toString()).toBe(search);
    }
    expect(serialiseQuestionParams(parse('sorter=nummer')).toString()).toBe('');
    expect(serialiseQuestionParams(parse('sorter=-nummer')).toString()).toBe('sorter=-nummer');
  });

  it('gives the API only the filters that are set', () => {
    expect(questionFilterOf(parse('parti=Venstre'))).toEqual({ partyGroup: 'Venstre' });
    expect(questionFilterOf(parse('status=open&forslag=4.2'))).toEqual({
      state: 'open',
      initiative: '4.2',
    });
    expect(hasQuestionFilters(parse('sorter=frist'))).toBe(false);
    expect(hasQuestionFilters(parse('forslag=4.2'))).toBe(true);
  });
});

describe('the question list’s order', () => {
  const question = (number: number, dueAt: string) => ({ number, dueAt }) as BudgetQuestion;
  const questions = [
    question(3, '2026-08-30T10:00:00.000Z'),
    question(1, '2026-09-04T14:00:00.000Z'),
    question(2, '2026-08-30T10:00:00.000Z'),
  ];
  const numbers = (sorted: BudgetQuestion[]) => sorted.map((one) => one.number);

  it('goes by number, either way', () => {
    expect(numbers(sortQuestions(questions, defaultQuestionSort))).toEqual([1, 2, 3]);
    expect(numbers(sortQuestions(questions, { key: 'number', descending: true }))).toEqual([
      3, 2, 1,
    ]);
  });

  it('goes by due date, equal dates in the numbers’ order', () => {
    expect(numbers(sortQuestions(questions, { key: 'due', descending: false }))).toEqual([2, 3, 1]);
    expect(numbers(sortQuestions(questions, { key: 'due', descending: true }))).toEqual([1, 2, 3]);
  });

  it('turns a column round on a second click, and tells each column’s aria-sort', () => {
    const due = nextQuestionSort(defaultQuestionSort, 'due');
    expect(due).toEqual({ key: 'due', descending: false });
    expect(nextQuestionSort(due, 'due')).toEqual({ key: 'due', descending: true });
    expect(sortOrderOf(due, 'due')).toBe('ascending');
    expect(sortOrderOf(due, 'number')).toBe('none');
    expect(sortOrderOf({ key: 'number', descending: true }, 'number')).toBe('descending');
  });
});
