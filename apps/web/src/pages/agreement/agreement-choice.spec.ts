import { parseAgreementChoice } from './agreement-choice';

const parse = (search: string) => parseAgreementChoice(new URLSearchParams(search));

describe('the package version chosen for the agreement', () => {
  it('reads the package and its version from the address', () => {
    expect(parse('pakke=2&version=3')).toEqual({ packageId: 2, version: 3 });
    expect(parse('pakke=2')).toEqual({ packageId: 2, version: undefined });
  });

  it('ignores what is no package or version, and a version without its package', () => {
    expect(parse('')).toEqual({ packageId: null, version: undefined });
    expect(parse('pakke=0&version=1')).toEqual({ packageId: null, version: undefined });
    expect(parse('pakke=a')).toEqual({ packageId: null, version: undefined });
    expect(parse('pakke=1&version=-2')).toEqual({ packageId: 1, version: undefined });
  });
});
