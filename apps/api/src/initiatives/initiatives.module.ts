import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CostingsController } from './costings.controller';
import { InitiativeCommands } from './initiative-commands.service';
import { InitiativeListController } from './initiative-list.controller';
import { InitiativesController } from './initiatives.controller';

@Module({
  imports: [CalendarModule],
  controllers: [InitiativeListController, InitiativesController, CostingsController],
  providers: [InitiativeCommands],
  // Documents in create and edit drafts through the same commands.
  exports: [InitiativeCommands],
})
export class InitiativesModule {}
