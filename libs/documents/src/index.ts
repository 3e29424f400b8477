export { DocumentError } from './document-error';
export type { ImportWarning } from './warnings';
export { readDocument, readLines, prepareLines, type ImportedDocument } from './read-document';
export {
  createInitiativeBody,
  readInitiativeForm,
  type ImportedInitiative,
} from './form/read-form';
export type { ImportedEconomy } from './form/economy';
export type { ImportedReview } from './form/review';
export type { DateReference, InitiativeReference } from './form/references';
export { readMinutes, type ImportedMinutes, type MinutesItem } from './minutes/read-minutes';
export type { DecidedAmount } from './minutes/amounts';
export { supportedExtensions } from './text/extract';
export type { SourceFormat, TextLine } from './text/lines';
export * from './export';
