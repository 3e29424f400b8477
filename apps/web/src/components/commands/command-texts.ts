import type { DialogCommand } from './use-command-submission';

/** What the page says once a command has gone through. */
export function confirmationOf(command: DialogCommand, number: string, into?: string): string {
  const messages: Record<DialogCommand, string> = {
    submit: `Forslag ${number} er indsendt.`,
    startReview: `Den administrative behandling af forslag ${number} er påbegyndt.`,
    completeReview: `Administrationens bemærkninger til forslag ${number} er afgivet.`,
    cost: `Forslag ${number} er prisfastsat.`,
    openNegotiation: `Forslag ${number} er sendt til forhandling.`,
    include: `Forslag ${number} er optaget i budgetaftalen.`,
    reject: `Forslag ${number} er afvist.`,
    withdraw: `Forslag ${number} er trukket tilbage.`,
    merge: `Forslag ${number} er indarbejdet i forslag ${into ?? ''}.`,
  };
  return messages[command];
}

/** The heading of a command's dialog, naming the initiative it acts on. */
export function dialogTitleOf(command: DialogCommand, number: string): string {
  const titles: Record<DialogCommand, string> = {
    submit: `Indsend forslag ${number}`,
    startReview: `Påbegynd behandling af forslag ${number}`,
    completeReview: `Afgiv bemærkninger til forslag ${number}`,
    cost: `Prisfastsæt forslag ${number}`,
    openNegotiation: `Send forslag ${number} til forhandling`,
    include: `Optag forslag ${number} i budgetaftalen`,
    reject: `Afvis forslag ${number}`,
    withdraw: `Træk forslag ${number} tilbage`,
    merge: `Indarbejd forslag ${number} i et andet forslag`,
  };
  return titles[command];
}
