import {
  askedByText,
  countsText,
  heldBackCorrectionStatus,
  heldBackStatus,
  questionStatusText,
  shortened,
} from './question-words';

describe('a question in words', () => {
  it('shortens a long text at a word, on one line', () => {
    const text =
      'Hvad koster\n\nen ekstra  ambulance i Nordsjælland pr. år, og hvor mange flere udrykninger når den?';
    const short = shortened(text, 40);
    expect(short).toBe('Hvad koster en ekstra ambulance i …');
    expect(short.length).toBeLessThanOrEqual(40);
    expect(shortened('Kort spørgsmål?')).toBe('Kort spørgsmål?');
  });

  it('cuts a text without spaces where it must', () => {
    expect(shortened('x'.repeat(50), 20)).toBe(`${'x'.repeat(19)} …`);
  });

  it('says the API’s state, or that the answer comes to every party group at once', () => {
    const answer = { text: 'Svar', by: 'u', at: '', atText: '' };
    expect(questionStatusText({ stateLabel: 'Besvaret', answer, answerHeldBack: false })).toBe(
      'Besvaret',
    );
    expect(questionStatusText({ stateLabel: 'Besvaret', answer: null, answerHeldBack: true })).toBe(
      heldBackStatus,
    );
    expect(heldBackStatus).toBe('Besvaret – offentliggøres for alle partigrupper samtidig');
    expect(questionStatusText({ stateLabel: 'Besvaret', answer, answerHeldBack: true })).toBe(
      heldBackCorrectionStatus,
    );
    expect(
      questionStatusText({ stateLabel: 'Afventer svar', answer: null, answerHeldBack: false }),
    ).toBe('Afventer svar');
  });

  it('tells a question a coordinator put in from one the party group asked itself', () => {
    expect(askedByText({ partyGroup: 'Venstre', askedByRole: 'partyGroupMember' })).toBe('Venstre');
    expect(askedByText({ partyGroup: 'SF', askedByRole: 'coordinator' })).toBe(
      'SF (stillet af en koordinator på partigruppens vegne)',
    );
  });

  it('counts the round’s questions', () => {
    expect(countsText({ open: 0, answered: 0, overdue: 0 })).toBe(
      'Der er endnu ingen budgetspørgsmål i budgetrunden.',
    );
    expect(countsText({ open: 2, answered: 3, overdue: 1 })).toBe(
      'Budgetrunden har 6 spørgsmål: 2 afventer svar, 3 besvaret, 1 med overskredet svarfrist.',
    );
  });
});
