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
  notifications: '/beskeder',
  preferences: '/indstillinger/notifikationer',
  account: '/konto',
};
