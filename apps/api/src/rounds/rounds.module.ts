import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { RoundsController } from './rounds.controller';

@Module({ imports: [CalendarModule], controllers: [RoundsController] })
export class RoundsModule {}
