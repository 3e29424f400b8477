import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { RoundWorkflows } from './round-workflows.service';

@Module({
  controllers: [CalendarController],
  providers: [RoundWorkflows],
  exports: [RoundWorkflows],
})
export class CalendarModule {}
