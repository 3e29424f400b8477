import { RoundFrameRepository } from '@budgetflow/persistence';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { FramesController } from './frames.controller';
import { RoundsController } from './rounds.controller';

@Module({
  imports: [CalendarModule],
  controllers: [RoundsController, FramesController],
  providers: [
    {
      provide: RoundFrameRepository,
      useFactory: (dataSource: DataSource) => new RoundFrameRepository(dataSource),
      inject: [DataSource],
    },
  ],
})
export class RoundsModule {}
