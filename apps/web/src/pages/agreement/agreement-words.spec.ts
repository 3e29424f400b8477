import type { Agreement, AgreementPreviewEntry, AgreementStepView } from '../../api/agreement';
import {
  agreementInitiatives,
  outcomeCounts,
  plannedAction,
  previewAction,
  progressText,
} from './agreement-words';

type Entry = Pick<AgreementPreviewEntry, 'outcome' | 'steps' | 'note'>;
const step = (command: AgreementPreviewEntry['steps'][number]['command']) => ({
  command,
  commandLabel: command,
  comment: '',
});

describe('what the preview says happens to an initiative', () => {
  it('tells an inclusion with and without the step into negotiation, and one already in', () => {
    const costed: Entry = {
      outcome: 'included',
      steps: [step('openNegotiation'), step('include')],
      note: null,
    };
    expect(previewAction(costed)).toBe('Sendes til forhandling og optages med aftalt økonomi');
    expect(previewAction({ outcome: 'included', steps: [step('include')], note: null })).toBe(
      'Optages med aftalt økonomi',
    );
    expect(previewAction({ outcome: 'included', steps: [], note: 'Allerede optaget' })).toBe(
      'Allerede optaget',
    );
  });

  it('tells a rejection, and what is left alone with the API’s reason', () => {
    expect(previewAction({ outcome: 'rejected', steps: [step('reject')], note: null })).toBe(
      'Afvises: ikke med i budgetaftalen',
    );
    expect(previewAction({ outcome: 'unchanged', steps: [], note: 'Trukket tilbage' })).toBe(
      'Uændret – Trukket tilbage',
    );
    expect(previewAction({ outcome: 'unchanged', steps: [], note: null })).toBe('Uændret');
  });

  it('names the planned action by the commands', () => {
    expect(plannedAction(['openNegotiation', 'include'])).toBe('Sendes til forhandling og optages');
    expect(plannedAction(['include'])).toBe('Optages');
    expect(plannedAction(['reject'])).toBe('Afvises');
  });
});

describe('the agreement initiative by initiative', () => {
  const view = (
    number: string,
    command: AgreementStepView['command'],
    result: AgreementStepView['result'],
    message: string | null = null,
  ): AgreementStepView => ({
    number,
    title: `Forslag ${number}`,
    command,
    commandLabel: command,
    result,
    resultLabel: null,
    message,
    at: result ? `2026-09-01T10:00:0${number.length}.000Z` : null,
  });

  it('groups the steps per initiative in their order, and tells how far each has come', () => {
    const agreement: Pick<Agreement, 'steps'> = {
      steps: [
        view('4.1', 'openNegotiation', 'taken'),
        view('4.1', 'include', 'taken'),
        view('4.2', 'openNegotiation', 'taken'),
        view('4.2', 'include', null),
        view('5.1', 'reject', 'alreadyTaken'),
        view('5.2', 'reject', 'refused', 'Forslaget er trukket tilbage'),
        view('6.1', 'reject', null),
      ],
    };
    const rows = agreementInitiatives(agreement);
    expect(
      rows.map(({ number, action, status, statusText }) => [number, action, status, statusText]),
    ).toEqual([
      ['4.1', 'Sendes til forhandling og optages', 'done', 'Optaget'],
      ['4.2', 'Sendes til forhandling og optages', 'running', 'I gang'],
      ['5.1', 'Afvises', 'done', 'Afvist'],
      ['5.2', 'Afvises', 'refused', 'Ikke udført: Forslaget er trukket tilbage'],
      ['6.1', 'Afvises', 'waiting', 'Afventer'],
    ]);
    expect(rows[0]?.title).toBe('Forslag 4.1');
    expect(rows[4]?.at).toBeNull();
    expect(outcomeCounts(rows)).toEqual({ included: 1, rejected: 1, refused: 1, pending: 2 });
  });

  it('tells the progress in steps', () => {
    expect(progressText({ planned: 10, done: 7, refused: 0 })).toBe('7 af 10 trin er gennemført');
    expect(progressText({ planned: 3, done: 3, refused: 1 })).toBe(
      '3 af 3 trin er gennemført; 1 trin blev ikke udført',
    );
  });
});
