import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { OidcController } from './oidc/oidc.controller';
import { OidcRelyingParty } from './oidc/oidc-relying-party';
import { OidcSignIn } from './oidc/oidc-sign-in.service';
import { OwnPasswordController } from './own-password.controller';
import { SessionGuard } from './session.guard';

/** Sessions for every route: the guard runs before any controller. */
@Global()
@Module({
  controllers: [AuthController, OidcController, OwnPasswordController],
  providers: [
    AuthService,
    OidcRelyingParty,
    OidcSignIn,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
