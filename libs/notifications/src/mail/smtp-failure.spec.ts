import { smtpFailure } from './smtp-failure';

const error = (props: Record<string, unknown>) => Object.assign(new Error('failed'), props);

describe('smtpFailure', () => {
  it('counts a refused connection as the server being away: retry, and stop the pass', () => {
    const failure = smtpFailure(
      error({ code: 'ESOCKET', message: 'connect ECONNREFUSED 127.0.0.1:2525' }),
    );
    expect(failure).toEqual({
      permanent: false,
      unreachable: true,
      message: 'SMTP-serveren kunne ikke nås (ESOCKET): connect ECONNREFUSED 127.0.0.1:2525',
    });
    expect(smtpFailure(error({ code: 'ETIMEDOUT' })).permanent).toBe(false);
  });

  it('retries a 4xx reply', () => {
    const failure = smtpFailure(
      error({ responseCode: 451, response: '451 4.3.0 Try again later' }),
    );
    expect(failure).toMatchObject({ permanent: false, unreachable: false });
    expect(failure.message).toBe('SMTP-serveren svarede 451 4.3.0 Try again later');
  });

  it('gives up on a 5xx reply, except 503 (a bad sequence, not a refusal)', () => {
    expect(smtpFailure(error({ responseCode: 550, response: '550 5.1.1 No such user' }))).toEqual({
      permanent: true,
      unreachable: false,
      message: 'SMTP-serveren svarede 550 5.1.1 No such user',
    });
    expect(smtpFailure(error({ responseCode: 503 })).permanent).toBe(false);
  });

  it('retries bad credentials: they are fixed in the configuration, not in the e-mail', () => {
    const failure = smtpFailure(
      error({ code: 'EAUTH', responseCode: 535, response: '535 Authentication failed' }),
    );
    expect(failure).toMatchObject({ permanent: false, unreachable: true });
  });

  it('reads anything thrown', () => {
    expect(smtpFailure('boom')).toMatchObject({
      permanent: false,
      message: expect.stringContaining('boom'),
    });
  });
});
