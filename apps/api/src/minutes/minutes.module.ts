import { MeetingMinutesRepository } from '@budgetflow/persistence';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MeetingMinutes } from './meeting-minutes.service';
import { MinutesController } from './minutes.controller';

/** Meetings' minutes, attached to the round's calendar. */
@Module({
  controllers: [MinutesController],
  providers: [
    {
      provide: MeetingMinutesRepository,
      useFactory: (dataSource: DataSource) => new MeetingMinutesRepository(dataSource),
      inject: [DataSource],
    },
    MeetingMinutes,
  ],
})
export class MinutesModule {}
