import { Controller, Get, Inject, Query, Redirect, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../../config/api-config';
import { notFound } from '../../http/problem';
import { RespondsWithout } from '../../openapi/responds.decorator';
import { Performs } from '../operation.decorator';
import { SESSION_COOKIE, sessionCookieOptions } from '../session-token';
import { OidcRelyingParty } from './oidc-relying-party';
import { OidcSignIn } from './oidc-sign-in.service';
import type { OidcSettings } from './oidc-settings';
import { OIDC_TRANSACTION_COOKIE, OIDC_TRANSACTION_MINUTES } from './oidc-transaction';

// Everything else the provider adds (session_state, error_description, …) is dropped.
class OidcCallbackQuery extends createZodDto(
  z.object({
    code: z.string().max(4_096).optional(),
    state: z.string().max(1_024).optional(),
    iss: z.string().max(1_024).optional(),
    error: z.string().max(256).optional(),
  }),
) {}

const TRANSACTION_PATH = '/api/auth/oidc';

const redirect = (description: string) => ({
  status: 302,
  description,
  headers: { Location: { description: 'Hvortil' } },
});

/** Sign-in through the organisation's OpenID Connect provider (AUTH_MODE=oidc). */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(OidcRelyingParty) private readonly relyingParty: OidcRelyingParty,
    @Inject(OidcSignIn) private readonly signIn: OidcSignIn,
  ) {}

  @Get('login')
  @Redirect()
  @Performs('oidcLogin')
  @ApiOperation({ summary: 'Log ind (browser): sender videre til organisationens login' })
  @RespondsWithout(redirect('Videre til organisationens login'))
  async login(@Res({ passthrough: true }) response: Response) {
    this.switchedOn();
    const { url, sealedTransaction } = await this.signIn.start();
    response.cookie(OIDC_TRANSACTION_COOKIE, sealedTransaction, {
      ...this.cookieOptions(),
      path: TRANSACTION_PATH,
      maxAge: OIDC_TRANSACTION_MINUTES * 60_000,
    });
    return { url, statusCode: 302 };
  }

  @Get('callback')
  @Redirect()
  @Performs('oidcCallback')
  @ApiOperation({
    summary: 'Tilbage fra organisationens login: sætter sessionscookien og sender til forsiden',
  })
  @RespondsWithout(redirect('Logget ind; videre til forsiden'))
  async callback(
    @Query() query: OidcCallbackQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { publicUrl } = this.switchedOn();
    const cookies = request.cookies as Record<string, string> | undefined;
    // One use only, whatever the outcome.
    response.clearCookie(OIDC_TRANSACTION_COOKIE, { path: TRANSACTION_PATH });
    const signedIn = await this.signIn.complete(query, cookies?.[OIDC_TRANSACTION_COOKIE]);
    response.cookie(SESSION_COOKIE, signedIn.token, sessionCookieOptions(this.config));
    return { url: publicUrl, statusCode: 302 };
  }

  /** The transaction cookie is like the session's: lax, so the provider's redirect carries it. */
  private cookieOptions() {
    const { httpOnly, sameSite, secure } = sessionCookieOptions(this.config);
    return { httpOnly, sameSite, secure };
  }

  private switchedOn(): OidcSettings {
    const { settings } = this.relyingParty;
    if (!settings) {
      throw notFound('Log ind med brugernavn og adgangskode; organisationens login er slået fra');
    }
    return settings;
  }
}
