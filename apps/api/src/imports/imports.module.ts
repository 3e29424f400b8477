import { Module } from '@nestjs/common';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { DocumentImports } from './document-imports.service';
import { ImportsController } from './imports.controller';

/** Documents in over the API: forms become drafts through the initiatives' own commands. */
@Module({
  imports: [InitiativesModule],
  controllers: [ImportsController],
  providers: [DocumentImports],
})
export class ImportsModule {}
