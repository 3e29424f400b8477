import { Module } from '@nestjs/common';
import { InitiativeCommands } from './initiative-commands.service';
import { InitiativeListController } from './initiative-list.controller';
import { InitiativesController } from './initiatives.controller';

@Module({
  controllers: [InitiativeListController, InitiativesController],
  providers: [InitiativeCommands],
})
export class InitiativesModule {}
