// The configuration belongs to the deployment, not to any one project of the code.
// eslint-disable-next-line @nx/enforce-module-boundaries
import configured from '../../../../config/organisation.json';

/**
 * The organisation a deployment serves (a region or a municipality): its name, the financing
 * areas ("kasser") its budget balances, and the party groups of its council. Configuration, not
 * code: `config/organisation.json`, read when the code is built (the workflows, the API and the
 * web app must agree on it, and the workflow code may not read files), so another organisation is
 * another build of the same code. One deployment serves one organisation (docs/architecture.md).
 */
export interface Organisation {
  readonly name: string;
  /** In the order they are shown; ids are stable (stored with every financing share). */
  readonly financingAreas: readonly { readonly id: string; readonly label: string }[];
  /** The council's party groups, created at start-up when missing (then kept as data). */
  readonly partyGroups: readonly { readonly name: string; readonly shortName: string }[];
}

/** Why a configuration cannot be used, as a list of problems; [] when it can. */
export function organisationProblems(organisation: Organisation): string[] {
  const problems: string[] = [];
  if (organisation.name.trim() === '') problems.push('Organisationen skal have et navn');
  if (organisation.financingAreas.length === 0) {
    problems.push('Organisationen skal have mindst ét finansieringsområde');
  }
  const ids = organisation.financingAreas.map((area) => area.id);
  for (const [index, id] of ids.entries()) {
    if (!/^[a-z][A-Za-z0-9]*$/.test(id)) {
      problems.push(`Finansieringsområdet "${id}" skal have et id af bogstaver og tal (fx health)`);
    }
    if (ids.indexOf(id) !== index)
      problems.push(`Finansieringsområdet "${id}" er angivet to gange`);
  }
  if (ids.includes('unassigned')) {
    problems.push('Id\'et "unassigned" er forbeholdt beløb uden finansiering');
  }
  return problems;
}

function checked(organisation: Organisation): Organisation {
  const problems = organisationProblems(organisation);
  if (problems.length > 0) {
    throw new Error(`config/organisation.json kan ikke bruges: ${problems.join('; ')}`);
  }
  return organisation;
}

export const organisation: Organisation = checked(configured);
