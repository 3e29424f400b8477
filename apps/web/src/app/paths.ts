// Danish paths: they are what people see, bookmark and send each other.
export const paths = {
  signIn: '/log-ind',
  initiatives: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/forslag`,
  initiative: (roundId: string, number: string) =>
    `/runder/${encodeURIComponent(roundId)}/forslag/${encodeURIComponent(number)}`,
  workspace: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/kladder`,
  newDraft: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/kladder/ny`,
  draft: (roundId: string, number: string) =>
    `/runder/${encodeURIComponent(roundId)}/kladder/${encodeURIComponent(number)}`,
  inbox: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/indbakke`,
  board: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/tavle`,
  calendar: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/kalender`,
  packages: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/pakker`,
  newPackage: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/pakker/ny`,
  /** One package: its latest version, or an earlier one. */
  package: (roundId: string, id: number, version?: number) =>
    `/runder/${encodeURIComponent(roundId)}/pakker/${id}${version === undefined ? '' : `?version=${version}`}`,
  editPackage: (roundId: string, id: number) =>
    `/runder/${encodeURIComponent(roundId)}/pakker/${id}/ret`,
  comparePackages: (roundId: string, first?: number, second?: number) =>
    `/runder/${encodeURIComponent(roundId)}/pakker/sammenlign${first && second ? `?a=${first}&b=${second}` : ''}`,
  support: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/opbakning`,
  /** The round's budget questions (the list's filters follow: ?status=&parti=&forslag=). */
  questions: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/spoergsmaal`,
  question: (roundId: string, number: number) =>
    `/runder/${encodeURIComponent(roundId)}/spoergsmaal/${number}`,
  /** The budget agreement; with a package (and version), its preview for the coordinators. */
  agreement: (roundId: string, packageId?: number, version?: number) =>
    `/runder/${encodeURIComponent(roundId)}/budgetaftale${packageId === undefined ? '' : `?pakke=${packageId}${version === undefined ? '' : `&version=${version}`}`}`,
  /** Documents in: a party's forms imported as drafts (preview, then import). */
  import: (roundId: string) => `/runder/${encodeURIComponent(roundId)}/import`,
  /** A meeting of the round's calendar, with its minutes. */
  meeting: (roundId: string, milestoneId: string) =>
    `/runder/${encodeURIComponent(roundId)}/moeder/${encodeURIComponent(milestoneId)}`,
  notifications: '/beskeder',
  preferences: '/indstillinger/notifikationer',
  account: '/konto',
};
