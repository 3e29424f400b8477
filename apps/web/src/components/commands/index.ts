// The forms of the lifecycle's commands, for every page that offers them.
export { CommandDialog, type DialogCommand } from './CommandDialog';
export { ReviewAndCostingForm } from './ReviewAndCostingForm';
