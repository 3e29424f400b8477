export {
  type AgreementDraftInput,
  agreementDraftTitle,
  renderAgreementDocx,
} from './agreement-docx';
export {
  type InitiativeListInput,
  initiativeListSheet,
  renderInitiativeListXlsx,
} from './initiative-list-xlsx';
export {
  type InitiativeFormInput,
  initiativeFormContentSecurityPolicy,
  renderInitiativeFormHtml,
} from './initiative-form-html';
