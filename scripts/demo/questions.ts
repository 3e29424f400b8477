/**
 * Budget questions in the demo round: the party groups asked the administration about the
 * budget and about initiatives, by the question deadline (24 August 2025 at 12:00), to be
 * answered by the answer deadline (30 August 2025). Two are answered, three still open. As with
 * the initiatives, they are asked today and the 2025 dates are entered after them, so the open
 * ones are due the round's number of working days from today.
 */

export const demoQuestionMilestones = [
  {
    id: 'budgetspoergsmaal',
    kind: 'questionDeadline',
    title: 'Frist for budgetspørgsmål',
    date: '2025-08-24',
    time: '12:00',
  },
  {
    id: 'svar-paa-budgetspoergsmaal',
    kind: 'answerDeadline',
    title: 'Frist for svar på budgetspørgsmål',
    date: '2025-08-30',
    time: '12:00',
  },
];

export interface DemoQuestion {
  readonly partyGroup: string;
  readonly initiative?: string;
  readonly text: string;
  /** The group's own member asks, or a coordinator puts in what a party asked at a meeting. */
  readonly as: 'party' | 'coordinator';
  /** The administration's answer, if it has answered. */
  readonly answer?: string;
}

export const demoQuestions: readonly DemoQuestion[] = [
  {
    partyGroup: 'Enhedslisten',
    initiative: '4.5',
    text: 'Hvor mange ledere i psykiatrien omfattes af forslaget, og hvad koster forløbet pr. leder?',
    as: 'party',
    answer:
      'Forslaget omfatter ca. 140 ledere i Psykiatrien. Forløbet koster ca. 11.000 kr. pr. leder ' +
      'inkl. vikardækning, i alt ca. 1,5 mio. kr. om året.',
  },
  {
    partyGroup: 'Det Konservative Folkeparti',
    initiative: '5.2',
    text: 'Hvad er regionens årlige indtægter fra parkering ved hospitalerne i dag?',
    as: 'party',
    answer:
      'Indtægterne var 31,2 mio. kr. i 2024. Heraf går ca. 9 mio. kr. til drift og håndhævelse.',
  },
  {
    partyGroup: 'Venstre',
    text:
      'Hvor stor er den budgetterede reserve til uforudsete udgifter i 2026, og hvor meget af den ' +
      'er allerede disponeret?',
    as: 'party',
  },
  {
    partyGroup: 'SF',
    initiative: '6.1',
    text: 'Hvor mange medarbejdere på Rigshospitalet og Herlev Hospital pendler i dag med bus eller tog?',
    as: 'party',
  },
  {
    partyGroup: 'Dansk Folkeparti',
    initiative: '6.2',
    text: 'Hvad vil det koste at holde skadestuen i Helsingør åben om natten alene?',
    as: 'coordinator',
  },
];
