import {
  at,
  coordinator,
  enhedslistenMember,
  initiativeIn,
  official,
  systemAdministrator,
  venstreMember,
} from '../lifecycle/fixtures.spec-helper';
import { costingVersions } from '../lifecycle/costing-history';
import {
  costingVisibleTo,
  heldBackNotice,
  heldBackNoticeFor,
  isReleased,
  type Publication,
  publishedAsRecorded,
  publishedCostingVersions,
  publishedHistory,
  publishedInitiative,
  visibleToActor,
} from './publication';

// The fixtures record every step at `at`.
const before = '2025-09-02T09:59:59.999Z';
const heldBack: Publication = { holdBack: true, releasedUntil: null };
const releasedBefore: Publication = { holdBack: true, releasedUntil: before };
const releasedAt: Publication = { holdBack: true, releasedUntil: at };

describe('isReleased', () => {
  it('releases everything at once in a round that does not hold back', () => {
    expect(isReleased(at, publishedAsRecorded)).toBe(true);
  });

  it('holds back everything until the first release', () => {
    expect(isReleased(at, heldBack)).toBe(false);
  });

  it('releases what was recorded up to and including the release instant, nothing after it', () => {
    expect(isReleased(at, releasedAt)).toBe(true);
    expect(isReleased(at, releasedBefore)).toBe(false);
  });

  it('compares instants, not their text', () => {
    expect(isReleased('2025-09-02T12:00:00+02:00', releasedAt)).toBe(true);
  });
});

describe('visibleToActor', () => {
  it('shows unreleased work to the administration and the coordinators only', () => {
    expect(visibleToActor(official, at, heldBack)).toBe(true);
    expect(visibleToActor(coordinator, at, heldBack)).toBe(true);
    expect(visibleToActor(enhedslistenMember, at, heldBack)).toBe(false);
    expect(visibleToActor(systemAdministrator, at, heldBack)).toBe(false);
  });
});

describe('publishedInitiative', () => {
  const costed = initiativeIn('costed');

  it('leaves out the review and costing from a party group until the release, its own initiative too', () => {
    for (const member of [enhedslistenMember, venstreMember]) {
      const seen = publishedInitiative(costed, member, heldBack);
      expect(seen.review).toBeNull();
      expect(seen.costing).toBeNull();
      expect(seen.state).toBe('costed');
      expect(seen.form).toEqual(costed.form);
    }
  });

  it('shows every party group the same once released', () => {
    for (const member of [enhedslistenMember, venstreMember]) {
      expect(publishedInitiative(costed, member, releasedAt)).toEqual(costed);
    }
  });

  it('shows the administration and coordinators the work as it is recorded', () => {
    expect(publishedInitiative(costed, official, heldBack)).toEqual(costed);
    expect(publishedInitiative(costed, coordinator, heldBack)).toEqual(costed);
  });

  it('publishes an included initiative with its economy: the agreement is public', () => {
    const included = initiativeIn('included');
    expect(publishedInitiative(included, venstreMember, heldBack)).toEqual(included);
    expect(costingVisibleTo(venstreMember, included, heldBack)).toBe(true);
  });

  it('has nothing to hide before the administration has worked on it', () => {
    const submitted = initiativeIn('submitted');
    expect(publishedInitiative(submitted, venstreMember, heldBack)).toBe(submitted);
    expect(costingVisibleTo(venstreMember, submitted, heldBack)).toBe(false);
  });
});

describe('publishedHistory', () => {
  const costed = initiativeIn('costed');
  const records = [
    { seq: 1, command: 'create', from: null, to: 'draft' },
    { seq: 4, command: 'completeReview', from: 'inReview', to: 'inReview' },
    { seq: 5, command: 'cost', from: 'inReview', to: 'costed' },
  ].map((step) => ({
    ...step,
    actor: official,
    at,
    comment: 'Vurdering',
    data: { economy: costed.costing?.economy },
  })) as Parameters<typeof publishedHistory>[1];

  it('keeps the steps of unreleased work in their place, without their content', () => {
    const seen = publishedHistory(costed, records, venstreMember, heldBack);
    expect(seen.map((record) => record.seq)).toEqual([1, 4, 5]);
    expect(seen[0]).toEqual(records[0]);
    expect(seen.slice(1).map(({ comment, data }) => ({ comment, data }))).toEqual([
      { comment: null, data: null },
      { comment: null, data: null },
    ]);
  });

  it('shows everything once released, and to the administration at once', () => {
    expect(publishedHistory(costed, records, venstreMember, releasedAt)).toEqual(records);
    expect(publishedHistory(costed, records, official, heldBack)).toEqual(records);
  });
});

describe('publishedCostingVersions', () => {
  it("holds back the administration's costings, not the agreement's", () => {
    const costed = initiativeIn('costed');
    const versions = costingVersions(costed, []);
    expect(versions).toHaveLength(1);
    expect(publishedCostingVersions(costed, versions, venstreMember, heldBack)).toEqual([]);
    expect(publishedCostingVersions(costed, versions, venstreMember, releasedAt)).toEqual(versions);
    const agreed = [{ ...versions[0]!, version: 2, purpose: 'agreement' as const }];
    expect(publishedCostingVersions(costed, agreed, venstreMember, heldBack)).toEqual(agreed);
  });
});

describe('heldBackNoticeFor', () => {
  it('tells a party group that an answer will come to everyone at once, and nobody else', () => {
    const costed = initiativeIn('costed');
    expect(heldBackNoticeFor(costed, venstreMember, heldBack)).toBe(heldBackNotice);
    expect(heldBackNoticeFor(costed, venstreMember, releasedAt)).toBeNull();
    expect(heldBackNoticeFor(costed, official, heldBack)).toBeNull();
    expect(heldBackNoticeFor(initiativeIn('submitted'), venstreMember, heldBack)).toBeNull();
  });
});
