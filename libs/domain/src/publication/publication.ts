import type { Actor } from '../actor';
import type { CostingVersion } from '../lifecycle/costing-history';
import type { Initiative, TransitionRecord } from '../lifecycle/initiative';

/**
 * How a round publishes the administration's work (its assessments, costings and answers) to the
 * party groups. Held back, it reaches every party group at the same moment: when a coordinator
 * releases the round, all that was recorded until then. So no party learns an answer before the
 * others, not even the one that asked or put the initiative forward.
 */
export interface Publication {
  /** Whether the administration's work waits for a release; false: shown as soon as recorded. */
  readonly holdBack: boolean;
  /** What was recorded up to this instant is released; null: nothing released yet. */
  readonly releasedUntil: string | null;
}

/** A round that has not chosen to hold back publishes as it goes. */
export const publishedAsRecorded: Publication = { holdBack: false, releasedUntil: null };

/**
 * The administration does the work and the coordinators steer the negotiation with it: they see
 * it as it is recorded. Everyone else (party groups, system administrators) waits for a release.
 */
export function seesUnreleasedWork(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'administration' || actor.role === 'coordinator';
}

/** Whether work recorded at this instant has been released to everyone. */
export function isReleased(recordedAt: string, publication: Publication): boolean {
  if (!publication.holdBack) return true;
  return (
    publication.releasedUntil !== null &&
    Date.parse(recordedAt) <= Date.parse(publication.releasedUntil)
  );
}

/** Whether the actor may see the administration's work recorded at this instant. */
export function visibleToActor(
  actor: Pick<Actor, 'role'>,
  recordedAt: string,
  publication: Publication,
): boolean {
  return seesUnreleasedWork(actor) || isReleased(recordedAt, publication);
}

/**
 * An initiative in the budget agreement is public with its economy: the agreement publishes
 * what each included initiative costs, whatever the administration's work behind it.
 */
function agreementPublishes(initiative: Pick<Initiative, 'state'>): boolean {
  return initiative.state === 'included';
}

/** Whether the actor may see this initiative's work of the administration recorded at `at`. */
function visibleOn(
  initiative: Pick<Initiative, 'state'>,
  actor: Pick<Actor, 'role'>,
  at: string,
  publication: Publication,
): boolean {
  return agreementPublishes(initiative) || visibleToActor(actor, at, publication);
}

/** Whether the actor sees the costing the initiative counts with now (false: the form's economy). */
export function costingVisibleTo(
  actor: Pick<Actor, 'role'>,
  initiative: Pick<Initiative, 'state' | 'costing'>,
  publication: Publication,
): boolean {
  return (
    initiative.costing !== null && visibleOn(initiative, actor, initiative.costing.at, publication)
  );
}

/**
 * The initiative as the actor may see it: a review or costing not yet released is left out, as
 * if not yet made (the state still tells that it is under way). Every read of an initiative that
 * reaches a reader goes through here.
 */
export function publishedInitiative(
  initiative: Initiative,
  actor: Pick<Actor, 'role'>,
  publication: Publication,
): Initiative {
  const review =
    initiative.review && visibleOn(initiative, actor, initiative.review.at, publication)
      ? initiative.review
      : null;
  const costing = costingVisibleTo(actor, initiative, publication) ? initiative.costing : null;
  if (review === initiative.review && costing === initiative.costing) return initiative;
  return { ...initiative, review, costing };
}

/** The steps that carry the administration's work: their content waits for the release. */
const administrationWork: ReadonlySet<TransitionRecord['command']> = new Set([
  'completeReview',
  'cost',
]);

/**
 * Whether a recorded step's content (its comment and data) waits for the round's release, for
 * this actor. Where the initiative's present state is unknown (the audit trail's rows), the
 * agreement's publishing is not counted: the stricter reading.
 */
export function stepHeldBack(
  step: Pick<TransitionRecord, 'command' | 'at'>,
  actor: Pick<Actor, 'role'>,
  publication: Publication,
): boolean {
  return administrationWork.has(step.command) && !visibleToActor(actor, step.at, publication);
}

/**
 * An initiative's history as the actor may see it: a step of the administration's work not yet
 * released keeps its place (that it happened, and when) but not its content.
 */
export function publishedHistory(
  initiative: Pick<Initiative, 'state'>,
  records: readonly TransitionRecord[],
  actor: Pick<Actor, 'role'>,
  publication: Publication,
): TransitionRecord[] {
  if (agreementPublishes(initiative)) return [...records];
  return records.map((record) =>
    stepHeldBack(record, actor, publication) ? { ...record, comment: null, data: null } : record,
  );
}

/** The costing versions the actor may see: the administration's own wait for the release. */
export function publishedCostingVersions(
  initiative: Pick<Initiative, 'state'>,
  versions: readonly CostingVersion[],
  actor: Pick<Actor, 'role'>,
  publication: Publication,
): CostingVersion[] {
  return versions.filter(
    (version) =>
      version.purpose !== 'review' || visibleOn(initiative, actor, version.at, publication),
  );
}

/** The reason a reader is shown for work that exists but waits for the round's release. */
export const heldBackNotice =
  'Administrationens svar offentliggøres for alle partigrupper på samme tidspunkt, når koordinatorerne frigiver dem';

/**
 * What to tell the reader when some of the initiative's review or costing is held back from them:
 * that it will come, to everyone at once (not what it says); null when nothing is.
 */
export function heldBackNoticeFor(
  initiative: Initiative,
  actor: Pick<Actor, 'role'>,
  publication: Publication,
): string | null {
  const seen = publishedInitiative(initiative, actor, publication);
  return seen === initiative ? null : heldBackNotice;
}
