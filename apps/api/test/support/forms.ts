/** Our own example forms (not the seed documents' text), in the API's input shape. */
export function partyForm(party: string, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Temadag om omsorg for personale og politikere',
    submittedBy: { kind: 'partyGroups', partyGroups: [party] },
    purpose: 'En fælles dag, hvor personale og politikere drøfter omsorgens plads i hverdagen.',
    background: 'Omsorg er svær at måle, men afgørende for behandlingen.',
    economy: { otherOperations: { '2026': 0.3 } },
    financing: [{ area: 'health', share: '1' }],
    agreementTextDraft: 'Vi afholder en temadag om omsorg.',
    ...overrides,
  };
}

export const reviewBody = {
  comments: 'Forslaget ligger i naturlig forlængelse af regionens ledelseskonferencer.',
  assessment: { conclusion: 'requiresFunding' },
};

export const costBody = { economy: { otherOperations: { '2026': 0.3 } } };
