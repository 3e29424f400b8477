import type { Initiative, User } from '../../api/types';
import { type LocalDraft, LocalDrafts, setAsideSlot } from '../../drafts/local-drafts';
import { MemoryStorage } from '../../drafts/memory-storage.spec-helper';
import { draftStartOf } from './draft-start';
import { type DraftValues, draftValuesOf, emptyDraftValues } from './draft-values';

const sara: User = {
  id: 'sara',
  name: 'Sara',
  role: 'partyGroupMember',
  partyGroups: ['SF'],
  reviewAreas: [],
};
const years = [2027];

const initiative = {
  roundId: 'r1',
  number: '4.7',
  title: 'På serveren',
  state: 'draft',
  submittedBy: { kind: 'partyGroups', partyGroups: ['SF'] },
  purpose: '',
  background: '',
  economy: {
    years,
    establishmentCosts: {},
    salaries: {},
    otherOperations: {},
    total: {},
    staffFte: {},
  },
  elaboration: '',
  financing: [],
  commitmentBudgeting: null,
  scalable: null,
  agreementTextDraft: '',
  sustainableDevelopmentGoals: '',
  version: 3,
  updatedAt: '2026-11-27T10:00:00Z',
} as unknown as Initiative;

function copy(values: DraftValues, baseVersion: number | null): LocalDraft<DraftValues> {
  return {
    values,
    changedAt: '2026-11-27T11:00:00Z',
    baseVersion,
    number: '4.7',
    title: values.title,
    attempt: null,
  };
}

function setUp() {
  return new LocalDrafts('sara', 'r1', new MemoryStorage());
}

describe('draftStartOf', () => {
  it('opens a blank new draft, or the one kept in the browser', () => {
    const local = setUp();
    expect(draftStartOf(local, null, sara, years)).toMatchObject({
      values: emptyDraftValues(sara),
      notice: null,
    });
    const kept = { ...emptyDraftValues(sara), title: 'Halvt skrevet' };
    local.write('ny', copy(kept, null));
    expect(draftStartOf(local, null, sara, years)).toMatchObject({
      values: kept,
      notice: { kind: 'restored', fallback: emptyDraftValues(sara) },
    });
  });

  it("restores the browser's copy made on the server's current version", () => {
    const local = setUp();
    const server = draftValuesOf(initiative, years);
    const kept = { ...server, title: 'Ændret offline' };
    local.write('4.7', copy(kept, 3));
    expect(draftStartOf(local, initiative, sara, years)).toMatchObject({
      values: kept,
      notice: { kind: 'restored', fallback: server },
      baseVersion: 3,
    });
  });

  it('sets a copy aside, and offers it, when the server has moved on since', () => {
    const local = setUp();
    const server = draftValuesOf(initiative, years);
    const kept = { ...server, title: 'Ældre ændring' };
    local.write('4.7', copy(kept, 2));
    const start = draftStartOf(local, initiative, sara, years);
    expect(start).toMatchObject({ values: server, notice: { kind: 'setAside', values: kept } });
    expect(local.read('4.7')).toBeNull();
    expect(local.read(setAsideSlot('4.7'))?.values).toEqual(kept);
  });

  it('forgets a copy the server already has', () => {
    const local = setUp();
    local.write('4.7', copy(draftValuesOf(initiative, years), 2));
    expect(draftStartOf(local, initiative, sara, years).notice).toBeNull();
    expect(local.read('4.7')).toBeNull();
  });
});
