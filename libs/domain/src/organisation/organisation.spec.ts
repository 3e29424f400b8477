import { financingAreaLabels, financingAreas } from '../initiative/financing';
import { organisation, organisationProblems } from './organisation';

describe('the organisation', () => {
  it('gives the financing areas and their labels from its configuration, in its order', () => {
    expect(financingAreas).toEqual(organisation.financingAreas.map((area) => area.id));
    for (const { id, label } of organisation.financingAreas) {
      expect(financingAreaLabels[id]).toBe(label);
    }
  });

  it('refuses a configuration the code cannot work with, saying why', () => {
    const valid = {
      name: 'Region Østdanmark',
      financingAreas: [{ id: 'health', label: 'Sundhed' }],
      partyGroups: [],
    };
    expect(organisationProblems(valid)).toEqual([]);
    expect(organisationProblems({ ...valid, name: ' ' })).toEqual([
      'Organisationen skal have et navn',
    ]);
    expect(organisationProblems({ ...valid, financingAreas: [] })).toEqual([
      'Organisationen skal have mindst ét finansieringsområde',
    ]);
    expect(
      organisationProblems({
        ...valid,
        financingAreas: [
          { id: 'health', label: 'Sundhed' },
          { id: 'health', label: 'Sundhed igen' },
          { id: 'unassigned', label: 'Uden' },
          { id: 'Det sociale', label: 'Socialt' },
        ],
      }),
    ).toEqual([
      'Finansieringsområdet "health" er angivet to gange',
      'Finansieringsområdet "Det sociale" skal have et id af bogstaver og tal (fx health)',
      'Id\'et "unassigned" er forbeholdt beløb uden finansiering',
    ]);
  });
});
