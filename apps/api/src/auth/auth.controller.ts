import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { ProblemException } from '../http/problem';
import { Responds, RespondsWithout } from '../openapi/responds.decorator';
import { AuthService, type SignedIn } from './auth.service';
import { Performs } from './operation.decorator';
import { sessionOfRequest } from './request-session';
import { sessionSchema, signedInSchema, tokenSchema } from './responses';
import { SESSION_COOKIE, sessionCookieOptions } from './session-token';

class SignInDto extends createZodDto(
  z
    .object({
      login: z.string().max(320).trim().min(1, 'Angiv brugernavn eller e-mail'),
      password: z.string().min(1, 'Angiv adgangskode').max(1_000),
    })
    .strict(),
) {}

const userView = (signedIn: Pick<SignedIn, 'account'>) => ({
  id: signedIn.account.id,
  name: signedIn.account.name,
  role: signedIn.account.role,
  partyGroups: signedIn.account.partyGroups,
  reviewAreas: signedIn.account.reviewAreas,
});

/** Sign-in with a password, sign-out, and who is signed in. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  @Performs('signIn')
  @ApiOperation({
    summary: 'Log ind (browser): sætter en httpOnly-sessionscookie; svaret bærer CSRF-tokenet',
  })
  @Responds(signedInSchema)
  async signIn(@Body() body: SignInDto, @Res({ passthrough: true }) response: Response) {
    this.passwordsAllowed();
    const signedIn = await this.auth.signIn(body.login, body.password, 'password');
    response.cookie(SESSION_COOKIE, signedIn.token, sessionCookieOptions(this.config));
    return { user: userView(signedIn), csrfToken: signedIn.csrfToken };
  }

  @Post('tokens')
  @Performs('createToken')
  @ApiOperation({
    summary: 'Log ind (program): svarer med et bearer-token til Authorization-headeren',
  })
  @Responds(tokenSchema, 201)
  async token(@Body() body: SignInDto) {
    this.passwordsAllowed();
    const signedIn = await this.auth.signIn(body.login, body.password, 'token');
    return {
      token: signedIn.token,
      expiresAt: signedIn.expiresAt.toISOString(),
      user: userView(signedIn),
    };
  }

  @Post('sign-out')
  @HttpCode(204)
  @Performs('signOut')
  @ApiOperation({ summary: 'Log ud: sessionen slettes' })
  @RespondsWithout({ status: 204, description: 'Logget ud' })
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const session = sessionOfRequest(request);
    if (session) await this.auth.signOut(session.session);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('session')
  @Performs('currentSession')
  @ApiOperation({ summary: 'Hvem er logget ind, og sessionens CSRF-token' })
  @Responds(sessionSchema)
  current(@Req() request: Request) {
    const session = sessionOfRequest(request)!;
    return {
      user: userView(session),
      csrfToken: session.session.csrfToken,
      expiresAt: session.session.expiresAt.toISOString(),
      passwordSignIn: this.auth.hasOwnPassword(session.account),
    };
  }

  private passwordsAllowed(): void {
    if (this.config.AUTH_MODE === 'local') return;
    throw new ProblemException({
      status: 404,
      title: 'Ikke fundet',
      detail: 'Log ind gennem organisationens login (OpenID Connect)',
    });
  }
}
