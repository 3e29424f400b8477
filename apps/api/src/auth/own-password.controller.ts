import { ownPasswordChangeSchema } from '@budgetflow/domain';
import { Body, Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { SecretBody } from '../idempotency/secret-body.decorator';
import { Responds } from '../openapi/responds.decorator';
import { AuthService } from './auth.service';
import { Performs } from './operation.decorator';
import { sessionOfRequest } from './request-session';
import { ownPasswordChangedSchema } from './responses';

class OwnPasswordChangeDto extends createZodDto(ownPasswordChangeSchema) {}

/** The signed-in person's own password: a system administrator resets anyone's (users/{id}). */
@ApiTags('auth')
@Controller('me/password')
export class OwnPasswordController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Post()
  @HttpCode(200)
  @Performs('changeOwnPassword')
  @SecretBody()
  @ApiOperation({
    summary:
      'Skift din egen adgangskode: den nuværende og en ny (mindst 12 tegn); dine andre sessioner afsluttes, denne fortsætter',
  })
  @Responds(ownPasswordChangedSchema)
  async change(@Req() request: Request, @Body() body: OwnPasswordChangeDto) {
    const { otherSessionsEnded } = await this.auth.changeOwnPassword(
      sessionOfRequest(request)!,
      body.currentPassword,
      body.newPassword,
    );
    return { changed: true as const, otherSessionsEnded };
  }
}
