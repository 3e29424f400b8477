import { ApiProblem } from '../api/client';
import {
  DraftSaver,
  type DraftSaverStart,
  type DraftSnapshot,
  type SavedDraft,
} from './draft-saver';
import { LocalDrafts } from './local-drafts';
import { MemoryStorage } from './memory-storage.spec-helper';

type Values = { title: string };

function snapshot(title: string, form: Record<string, unknown> | null = { title }) {
  return {
    values: { title },
    number: '4.7',
    title,
    form,
    problem: form ? null : 'Titel: Forslaget skal have en titel',
  } satisfies DraftSnapshot<Values>;
}

const networkDown = () =>
  new ApiProblem(0, 'Ingen forbindelse', 'Budgetflow kunne ikke nås.', 'network', []);

function setUp(start: Partial<DraftSaverStart> = {}) {
  const storage = new MemoryStorage();
  const local = new LocalDrafts('sara', 'r1', storage);
  const calls: { kind: 'create' | 'put'; number: string; form: unknown; key: string }[] = [];
  let answer: () => Promise<SavedDraft> = () => Promise.resolve({ number: '4.7', version: 2 });
  let keys = 0;
  const created: SavedDraft[] = [];
  const refused: ApiProblem[] = [];
  const saver = new DraftSaver<Values>(
    {
      local,
      create: (number, form, key) => {
        calls.push({ kind: 'create', number, form, key });
        return answer();
      },
      put: (number, form, key) => {
        calls.push({ kind: 'put', number, form, key });
        return answer();
      },
      delayMs: 3_000,
      newKey: () => `key-${++keys}`,
    },
    { number: null, savedForm: null, savedAt: null, baseVersion: null, attempt: null, ...start },
  );
  saver.attach({ onCreated: (saved) => created.push(saved), onRefused: (p) => refused.push(p) });
  return {
    saver,
    local,
    calls,
    created,
    refused,
    answerWith: (next: () => Promise<SavedDraft>) => (answer = next),
  };
}

/** Lets the timers run and the promises they start settle. */
async function wait(ms: number) {
  await jest.advanceTimersByTimeAsync(ms);
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('DraftSaver', () => {
  it('keeps a change in the browser at once and creates the draft when typing pauses', async () => {
    const { saver, local, calls, created } = setUp();
    saver.change(snapshot('Første'));
    expect(local.read('ny')?.values).toEqual({ title: 'Første' });
    expect(saver.getStatus()).toEqual({ kind: 'waiting', keptLocally: true });
    await wait(2_000);
    saver.change(snapshot('Første udkast'));
    await wait(2_999);
    expect(calls).toEqual([]);
    await wait(1);
    expect(calls).toEqual([
      { kind: 'create', number: '4.7', form: { title: 'Første udkast' }, key: 'key-1' },
    ]);
    expect(created).toEqual([{ number: '4.7', version: 2 }]);
    expect(saver.number).toBe('4.7');
    expect(saver.getStatus().kind).toBe('saved');
    expect(local.list()).toEqual([]);
  });

  it('replaces the draft once it exists, and sends nothing when nothing changed', async () => {
    const { saver, calls } = setUp({ number: '4.7', savedForm: JSON.stringify({ title: 'A' }) });
    saver.change(snapshot('A'));
    await wait(5_000);
    expect(calls).toEqual([]);
    saver.change(snapshot('B'));
    await saver.saveNow();
    expect(calls).toEqual([{ kind: 'put', number: '4.7', form: { title: 'B' }, key: 'key-1' }]);
  });

  it('keeps the copy and the key when the network fails, and retries with the same key', async () => {
    const { saver, local, calls, answerWith } = setUp();
    answerWith(() => Promise.reject(networkDown()));
    saver.change(snapshot('Offline'));
    await wait(3_000);
    expect(saver.getStatus()).toMatchObject({ kind: 'failed', retrying: true, keptLocally: true });
    expect(local.read('ny')?.attempt).toEqual({
      body: JSON.stringify({ number: '4.7', title: 'Offline' }),
      key: 'key-1',
    });
    answerWith(() => Promise.resolve({ number: '4.7', version: 1 }));
    await wait(5_000);
    expect(calls.map((call) => call.key)).toEqual(['key-1', 'key-1']);
    expect(saver.getStatus().kind).toBe('saved');
    expect(local.list()).toEqual([]);
  });

  it('takes a new key for other content', async () => {
    const { saver, calls, answerWith } = setUp({ number: '4.7', savedForm: '{}' });
    answerWith(() => Promise.reject(networkDown()));
    saver.change(snapshot('A'));
    await saver.saveNow();
    saver.change(snapshot('B'));
    await saver.saveNow();
    expect(calls.map((call) => call.key)).toEqual(['key-1', 'key-2']);
  });

  it('reuses a key kept from before a reload', async () => {
    const body = JSON.stringify({ number: '4.7', title: 'A' });
    const { saver, calls } = setUp({ attempt: { body, key: 'kept' } });
    saver.change(snapshot('A'));
    await saver.saveNow();
    expect(calls[0]?.key).toBe('kept');
  });

  it('hands a refusal to the page and does not retry it by itself', async () => {
    const { saver, refused, calls, local, answerWith } = setUp();
    const problem = new ApiProblem(400, 'Ugyldig', 'Nummeret er ugyldigt', undefined, [
      { field: 'number', message: 'Nummeret skal have formen udvalg.løbenummer, fx 4.2' },
    ]);
    answerWith(() => Promise.reject(problem));
    saver.change(snapshot('A'));
    await wait(3_000);
    expect(refused).toEqual([problem]);
    expect(saver.getStatus()).toMatchObject({
      kind: 'failed',
      reason: 'Nummeret er ugyldigt',
      retrying: false,
    });
    await wait(120_000);
    expect(calls).toHaveLength(1);
    expect(local.read('ny')?.values).toEqual({ title: 'A' });
  });

  it('does not send a form that cannot be saved yet, and says why', async () => {
    const { saver, calls, local } = setUp();
    saver.change(snapshot('', null));
    await wait(3_000);
    expect(calls).toEqual([]);
    expect(saver.getStatus()).toMatchObject({
      kind: 'failed',
      reason: 'Titel: Forslaget skal have en titel',
    });
    expect(local.read('ny')).not.toBeNull();
  });

  it('sends what was typed while a save was under way afterwards', async () => {
    const { saver, calls, answerWith } = setUp({ number: '4.7', savedForm: '{}' });
    let finish: (saved: SavedDraft) => void = () => undefined;
    answerWith(() => new Promise((resolve) => (finish = resolve)));
    saver.change(snapshot('A'));
    await wait(3_000);
    saver.change(snapshot('AB'));
    expect(saver.getStatus().kind).toBe('saving');
    answerWith(() => Promise.resolve({ number: '4.7', version: 3 }));
    finish({ number: '4.7', version: 2 });
    await wait(0);
    expect(saver.getStatus().kind).toBe('waiting');
    await wait(3_000);
    expect(calls.map((call) => call.form)).toEqual([{ title: 'A' }, { title: 'AB' }]);
    expect(saver.getStatus().kind).toBe('saved');
  });

  it('sends what waits when the page is left', async () => {
    const { saver, calls } = setUp({ number: '4.7', savedForm: '{}' });
    saver.change(snapshot('A'));
    saver.detach();
    await wait(0);
    expect(calls).toHaveLength(1);
  });
});
