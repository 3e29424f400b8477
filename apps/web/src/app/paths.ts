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
  notifications: '/beskeder',
  preferences: '/indstillinger/notifikationer',
  account: '/konto',
};
