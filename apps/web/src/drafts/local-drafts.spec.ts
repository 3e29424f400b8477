import { type LocalDraft, LocalDrafts, setAsideSlot } from './local-drafts';
import { MemoryStorage } from './memory-storage.spec-helper';

const draft = (title: string, changedAt: string): LocalDraft<{ title: string }> => ({
  values: { title },
  changedAt,
  baseVersion: null,
  number: '',
  title,
  attempt: null,
});

describe('LocalDrafts', () => {
  it("keeps each user's drafts of each round apart", () => {
    const storage = new MemoryStorage();
    const mine = new LocalDrafts('sara', 'r1', storage);
    mine.write('ny', draft('Min', '2026-01-01T10:00:00Z'));
    expect(mine.read('ny')?.values).toEqual({ title: 'Min' });
    expect(new LocalDrafts('other', 'r1', storage).read('ny')).toBeNull();
    expect(new LocalDrafts('sara', 'r2', storage).read('ny')).toBeNull();
  });

  it('lists the newest change first, without the copies set aside', () => {
    const storage = new MemoryStorage();
    const drafts = new LocalDrafts('sara', 'r1', storage);
    drafts.write('ny', draft('Ny', '2026-01-01T10:00:00Z'));
    drafts.write('4.7', draft('Ældre', '2026-01-01T09:00:00Z'));
    drafts.write(setAsideSlot('4.7'), draft('Sat til side', '2026-01-01T11:00:00Z'));
    new LocalDrafts('sara', 'r2', storage).write(
      'ny',
      draft('Anden runde', '2026-01-02T00:00:00Z'),
    );
    expect(drafts.list().map(({ slot }) => slot)).toEqual(['ny', '4.7']);
    drafts.remove('ny');
    expect(drafts.list().map(({ slot }) => slot)).toEqual(['4.7']);
  });

  it('says so when the browser refuses to keep a copy', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(new LocalDrafts('sara', 'r1', storage).write('ny', draft('x', '2026'))).toBe(false);
  });

  it('reads a damaged copy as none', () => {
    const storage = new MemoryStorage();
    const drafts = new LocalDrafts('sara', 'r1', storage);
    drafts.write('ny', draft('x', '2026'));
    const key = storage.key(0) ?? '';
    storage.setItem(key, '{not json');
    expect(drafts.read('ny')).toBeNull();
  });
});
