import type { Actor } from '../actor';
import { type PersonCommandType, personCommandTypes } from './commands';
import type { Initiative } from './initiative';
import { lifecycleRules, mayAct } from './transition';

/**
 * The commands the actor may give the initiative now, as the lifecycle table has them: the state
 * allows the step, the actor is whom the table names for it (a reviewer only for the areas they
 * review), and a costing waits for the review. transition() refuses every other command whatever
 * is sent with it; one of these it may still refuse for what is sent or for the form itself (a
 * draft not complete enough to submit), with a reason the person can act on.
 */
export function commandsOpenTo(actor: Actor, initiative: Initiative): PersonCommandType[] {
  return personCommandTypes.filter((type) => {
    const rule = lifecycleRules[type];
    return (
      rule.from.includes(initiative.state) &&
      mayAct(rule.who, actor, initiative) &&
      (!rule.afterReview || initiative.review !== null)
    );
  });
}
