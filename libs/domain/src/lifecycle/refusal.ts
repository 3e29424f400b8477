/** Why a command was refused, in words a person can read (Danish: it is shown to the users). */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
}

export type RefusalCode =
  /** The command is not possible in the initiative's current state. */
  | 'invalidState'
  /** The actor's role or party may not take this step. */
  | 'forbidden'
  /** The step needs data that is missing or does not hold. */
  | 'invalidData'
  /** A merge target that cannot absorb the initiative. */
  | 'invalidMergeTarget'
  /** Another step (a merge) is under way and must finish first. */
  | 'busy'
  /** The round's deadline has passed (a submission a coordinator has not allowed in late). */
  | 'deadlinePassed';

export function refusal(code: RefusalCode, message: string): Refusal {
  return { code, message };
}
