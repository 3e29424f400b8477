import { ApiProblem } from '../../api/client';
import { askFields, checkAnswerForm, checkAskForm, placeProblem } from './question-form';

describe('the question form', () => {
  it('sends a question with its initiative, or about the budget as a whole', () => {
    expect(checkAskForm({ partyGroup: 'Venstre', initiative: '4.2', text: ' Hvorfor? ' })).toEqual({
      body: { partyGroup: 'Venstre', initiative: '4.2', text: 'Hvorfor?' },
    });
    expect(checkAskForm({ partyGroup: 'Venstre', initiative: '', text: 'Hvorfor?' })).toEqual({
      body: { partyGroup: 'Venstre', text: 'Hvorfor?' },
    });
  });

  it('puts the domain’s Danish messages at their fields', () => {
    expect(checkAskForm({ partyGroup: '', initiative: '', text: '   ' }).errors).toEqual({
      partyGroup: 'Angiv partigruppen, der stiller spørgsmålet',
      text: 'Skriv spørgsmålet',
    });
    expect(checkAskForm({ partyGroup: 'SF', initiative: 'fire', text: 'x' }).errors).toEqual({
      initiative: 'Nummeret skal have formen udvalg.løbenummer, fx 4.2',
    });
  });

  it('checks an answer', () => {
    expect(checkAnswerForm('  Det koster 2 mio. kr.  ')).toEqual({
      body: { text: 'Det koster 2 mio. kr.' },
    });
    expect(checkAnswerForm('').errors).toEqual({ text: 'Skriv svaret' });
  });
});

describe('a refusal placed in the form', () => {
  const problem = (status: number, errors: { field: string; message: string }[]) =>
    new ApiProblem(status, 'Fejl', 'Afvist', undefined, errors);

  it('puts field problems at their fields, and nothing at the top', () => {
    const refused = problem(400, [
      { field: 'initiative', message: 'Forslag 4.3 findes ikke i budgetrunden' },
    ]);
    expect(placeProblem(refused, askFields)).toEqual({
      errors: { initiative: 'Forslag 4.3 findes ikke i budgetrunden' },
      rest: null,
    });
  });

  it('shows a refusal without a field (a passed deadline) at the top', () => {
    const late = problem(409, []);
    expect(placeProblem(late, askFields)).toEqual({ errors: {}, rest: late });
    const mixed = problem(400, [
      { field: 'text', message: 'Skriv spørgsmålet' },
      { field: 'other', message: 'Ukendt' },
    ]);
    expect(placeProblem(mixed, askFields)).toEqual({
      errors: { text: 'Skriv spørgsmålet' },
      rest: mixed,
    });
    const lost = new Error('offline');
    expect(placeProblem(lost, askFields)).toEqual({ errors: {}, rest: lost });
  });
});
