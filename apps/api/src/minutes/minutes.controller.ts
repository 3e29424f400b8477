import type { Actor } from '@budgetflow/domain';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  UploadedFiles,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Performs } from '../auth/operation.decorator';
import { CurrentActor } from '../http/actor.decorator';
import { notFound } from '../http/problem';
import { AcceptsDocuments, readUploads, type UploadedDocumentFile } from '../imports/uploads';
import { Responds } from '../openapi/responds.decorator';
import { minutesIdSchema, MinutesLinksDto } from './dtos';
import { MeetingMinutes } from './meeting-minutes.service';
import { attachedMinutesSchema, meetingMinutesListSchema, meetingMinutesSchema } from './responses';

/** A meeting's minutes: attached to the round's calendar, its decisions linked to initiatives. */
@ApiTags('minutes')
@Controller('rounds/:roundId/meetings/:milestoneId/minutes')
export class MinutesController {
  constructor(@Inject(MeetingMinutes) private readonly minutes: MeetingMinutes) {}

  @Post()
  @Performs('attachMinutes')
  @HttpCode(200)
  @AcceptsDocuments('Mødets referat (.docx, .pdf eller .txt) i feltet file', 1)
  @ApiOperation({
    summary:
      'Vedhæft et referat til et møde i budgetrundens kalender (koordinator); beslutningerne knyttes til forslagene, de nævner',
  })
  @Responds(attachedMinutesSchema)
  async attach(
    @Param('roundId') roundId: string,
    @Param('milestoneId') milestoneId: string,
    @UploadedFiles() files: UploadedDocumentFile[] | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const meeting = await this.minutes.meeting(roundId, milestoneId);
    const [upload] = await readUploads(files);
    return this.minutes.attach(roundId, meeting, upload!, actor);
  }

  @Get()
  @Performs('getMinutes')
  @ApiOperation({
    summary: 'Mødets referater: punkter, beslutninger, besluttede beløb og de forslag, de angår',
  })
  @Responds(meetingMinutesListSchema)
  async list(
    @Param('roundId') roundId: string,
    @Param('milestoneId') milestoneId: string,
    @CurrentActor() actor: Actor,
  ) {
    const meeting = await this.minutes.meeting(roundId, milestoneId);
    return {
      roundId,
      milestoneId,
      meetingTitle: meeting.title,
      minutes: await this.minutes.list(roundId, meeting, actor),
    };
  }

  @Put(':id/links')
  @Performs('correctMinutesLinks')
  @ApiOperation({
    summary: 'Ret, hvilke forslag referatets punkter er knyttet til (koordinator)',
  })
  @Responds(meetingMinutesSchema)
  async correctLinks(
    @Param('roundId') roundId: string,
    @Param('milestoneId') milestoneId: string,
    @Param('id') id: string,
    @Body() body: MinutesLinksDto,
    @CurrentActor() actor: Actor,
  ) {
    const meeting = await this.minutes.meeting(roundId, milestoneId);
    const minutesId = minutesIdSchema.safeParse(id);
    if (!minutesId.success)
      throw notFound(`Referatet ${id} findes ikke for mødet ${meeting.title}`);
    return this.minutes.correctLinks(roundId, meeting, minutesId.data, body.links, actor);
  }
}
