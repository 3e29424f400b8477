import { emptyEconomyTable } from '../initiative/economy';
import type { Assessment } from './commands';
import {
  aForm,
  accepted,
  economy,
  initiativeIn,
  later,
  official,
  refusalOf,
  requiresFunding,
  withinExistingFrame,
} from './fixtures.spec-helper';
import { effectiveEconomy } from './initiative';
import { transition } from './transition';

describe('the administrative review', () => {
  it('starts when the administration takes a submitted initiative', () => {
    const decision = transition(
      initiativeIn('submitted'),
      { type: 'startReview', comment: 'Fordelt til Sundhed' },
      official,
      later,
    );

    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.initiative.state).toBe('inReview');
    expect(decision.initiative.review).toBeNull();
    expect(decision.record).toMatchObject({
      command: 'startReview',
      from: 'submitted',
      to: 'inReview',
      comment: 'Fordelt til Sundhed',
      data: null,
    });
  });

  it("keeps the administration's comments and assessment, with who gave them and when", () => {
    const assessment: Assessment = { conclusion: 'requiresFunding', canBeMergedInto: '4.5' };
    const comments = 'Forslaget kan med fordel indarbejdes i 4.5.';
    const decision = transition(
      initiativeIn('inReview'),
      { type: 'completeReview', comments, assessment },
      official,
      later,
    );

    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.initiative.state).toBe('inReview');
    expect(decision.initiative.review).toEqual({
      comments,
      assessment,
      by: official.id,
      at: later,
    });
    expect(decision.record).toMatchObject({
      command: 'completeReview',
      from: 'inReview',
      to: 'inReview',
      comment: null,
      data: { assessment },
    });
  });

  it('needs comments that are not blank', () => {
    const command = {
      type: 'completeReview',
      comments: ' \t ',
      assessment: requiresFunding,
    } as const;

    expect(refusalOf(transition(initiativeIn('inReview'), command, official, later))).toEqual({
      code: 'invalidData',
      message: 'Administrationens bemærkninger skal udfyldes',
    });
  });

  it('refuses advising that the initiative be merged into itself', () => {
    const assessment: Assessment = { conclusion: 'requiresFunding', canBeMergedInto: '4.2' };
    const refusal = refusalOf(
      transition(
        initiativeIn('inReview'),
        { type: 'completeReview', comments: 'Ok', assessment },
        official,
        later,
      ),
    );

    expect(refusal.code).toBe('invalidData');
  });

  it('may be revised until the initiative is costed', () => {
    const reviewed = initiativeIn('inReview', { reviewed: requiresFunding });
    const revised = accepted(
      transition(
        reviewed,
        { type: 'completeReview', comments: 'Revideret', assessment: withinExistingFrame },
        official,
        later,
      ),
    );

    expect(revised.review).toMatchObject({
      comments: 'Revideret',
      assessment: withinExistingFrame,
    });
  });
});

describe('costing', () => {
  const table = economy({
    establishmentCosts: { 2026: 0.1 },
    otherOperations: { 2026: 0.2, 2027: 0.3 },
  });

  it('is refused before the review is completed', () => {
    expect(
      refusalOf(
        transition(initiativeIn('inReview'), { type: 'cost', economy: table }, official, later),
      ),
    ).toEqual({
      code: 'invalidData',
      message: 'Forslaget kan ikke prisfastsættes, før administrationens bemærkninger er afgivet',
    });
  });

  it("settles the economy, with the form's financing when none is given", () => {
    const reviewed = initiativeIn('inReview', { reviewed: requiresFunding });
    const decision = transition(
      reviewed,
      { type: 'cost', economy: table, comment: 'Prisfastsat af økonomi' },
      official,
      later,
    );

    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    const financing = [{ area: 'health', share: '1' }];
    expect(decision.initiative.state).toBe('costed');
    expect(decision.initiative.costing).toEqual({
      economy: table,
      financing,
      by: official.id,
      at: later,
    });
    expect(decision.record).toMatchObject({
      command: 'cost',
      from: 'inReview',
      to: 'costed',
      comment: 'Prisfastsat af økonomi',
      data: { economy: table, financing },
    });
  });

  it('takes the financing the administration settles over the form', () => {
    const reviewed = initiativeIn('inReview', { reviewed: requiresFunding });
    const financing = [
      { area: 'health', share: '1/3' },
      { area: 'social', share: '2/3' },
    ] as const;
    const costed = accepted(
      transition(reviewed, { type: 'cost', economy: table, financing }, official, later),
    );

    expect(costed.costing?.financing).toEqual(financing);
    expect(effectiveEconomy(costed)).toEqual({ economy: table, financing });
  });

  it('refuses amounts when the review found it can be done within the existing frame', () => {
    const reviewed = initiativeIn('inReview', { reviewed: withinExistingFrame });
    const refusal = refusalOf(
      transition(reviewed, { type: 'cost', economy: table }, official, later),
    );

    expect(refusal.code).toBe('invalidData');
    expect(refusal.message).toContain('inden for den eksisterende økonomiske ramme');
  });

  it('accepts an empty table when it can be done within the existing frame (as 4.3)', () => {
    const form = aForm({
      title: 'Bedre skiltning på hospitalerne',
      economy: emptyEconomyTable,
      financing: [],
    });
    const reviewed = initiativeIn('inReview', {
      number: '4.3',
      form,
      reviewed: withinExistingFrame,
    });
    const costed = accepted(
      transition(reviewed, { type: 'cost', economy: emptyEconomyTable }, official, later),
    );

    expect(costed.state).toBe('costed');
    expect(costed.costing).toMatchObject({ economy: emptyEconomyTable, financing: [] });
  });

  it('refuses amounts with no financing', () => {
    const reviewed = initiativeIn('inReview', { reviewed: requiresFunding });

    expect(
      refusalOf(
        transition(reviewed, { type: 'cost', economy: table, financing: [] }, official, later),
      ),
    ).toEqual({
      code: 'invalidData',
      message: 'En prisfastsættelse med udgifter skal angive finansieringen',
    });
  });

  it('refuses amounts when neither the form nor the costing names a financing', () => {
    const form = aForm({ economy: emptyEconomyTable, financing: [] });
    const reviewed = initiativeIn('inReview', { form, reviewed: requiresFunding });

    expect(
      refusalOf(transition(reviewed, { type: 'cost', economy: table }, official, later)).code,
    ).toBe('invalidData');
  });

  it('refuses a financing whose shares do not add up to 1', () => {
    const reviewed = initiativeIn('inReview', { reviewed: requiresFunding });
    const financing = [
      { area: 'health', share: '0.5' },
      { area: 'social', share: '0.6' },
    ] as const;

    expect(
      refusalOf(transition(reviewed, { type: 'cost', economy: table, financing }, official, later))
        .code,
    ).toBe('invalidData');
  });

  it('refuses economy years outside the round', () => {
    const reviewed = initiativeIn('inReview', { reviewed: requiresFunding });
    const refusal = refusalOf(
      transition(
        reviewed,
        { type: 'cost', economy: economy({ salaries: { 2030: 1 } }) },
        official,
        later,
      ),
    );

    expect(refusal.code).toBe('invalidData');
    expect(refusal.message).toContain('2030');
  });

  it('makes the costing, not the form, the economy that counts', () => {
    const reviewed = initiativeIn('inReview', { reviewed: requiresFunding });
    expect(effectiveEconomy(reviewed)).toEqual({
      economy: reviewed.form.economy,
      financing: reviewed.form.financing,
    });

    const costed = accepted(
      transition(reviewed, { type: 'cost', economy: table }, official, later),
    );
    expect(effectiveEconomy(costed).economy).toEqual(table);
  });
});

describe('a reviewer limited to financing areas', () => {
  // The default initiative is financed by Sundhedskassen (health).
  const socialReviewer = { ...official, id: 'sofie.social', reviewAreas: ['social'] as const };
  const healthReviewer = { ...official, id: 'hans.sundhed', reviewAreas: ['health'] as const };

  it('reviews the initiatives financed from their areas', () => {
    expect(
      accepted(
        transition(initiativeIn('submitted'), { type: 'startReview' }, healthReviewer, later),
      ).state,
    ).toBe('inReview');
  });

  it('may not review another area’s initiative', () => {
    expect(
      refusalOf(
        transition(initiativeIn('submitted'), { type: 'startReview' }, socialReviewer, later),
      ),
    ).toEqual({
      code: 'forbidden',
      message: 'Forslag 4.2 finansieres ikke af de områder, du behandler (Det sociale område)',
    });
  });
});
