import { canReach, canTraverse } from './os-user';

const dir = (mode: number, uid = 0, gid = 0) => ({ mode: 0o040000 | mode, uid, gid });
const postgres = { uid: 101, gids: [104] };

describe('canTraverse', () => {
  it('checks the owner, group or others bit that applies', () => {
    expect(canTraverse(dir(0o700, 101), postgres)).toBe(true);
    expect(canTraverse(dir(0o070, 101), postgres)).toBe(false);
    expect(canTraverse(dir(0o750, 0, 104), postgres)).toBe(true);
    expect(canTraverse(dir(0o705, 0, 104), postgres)).toBe(false);
    expect(canTraverse(dir(0o755), postgres)).toBe(true);
    expect(canTraverse(dir(0o750), postgres)).toBe(false);
  });
});

describe('canReach', () => {
  const tree: Record<string, ReturnType<typeof dir>> = {
    '/': dir(0o755),
    '/root': dir(0o700),
    '/root/repo': dir(0o755),
    '/work': dir(0o755),
    '/work/repo': dir(0o755),
  };
  const stat = (path: string) => tree[path];

  it('is false below a folder closed to others (a checkout under /root)', () => {
    expect(canReach('/root/repo/.data', postgres, stat)).toBe(false);
  });

  it('is true when every existing folder on the way is open; missing ones do not count', () => {
    expect(canReach('/work/repo/.data/postgres', postgres, stat)).toBe(true);
  });
});
