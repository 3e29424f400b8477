import { type Actor, financingAreaLabels, lifecycleStates, stateLabels } from '@budgetflow/domain';
import {
  agreementDraftTitle,
  initiativeFormContentSecurityPolicy,
  initiativeListSheet,
  renderAgreementDocx,
  renderInitiativeFormHtml,
  renderInitiativeListXlsx,
} from '@budgetflow/documents';
import { Controller, Get, Header, Inject, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Performs } from '../auth/operation.decorator';
import { CurrentActor } from '../http/actor.decorator';
import { Responds } from '../openapi/responds.decorator';
import { contentDisposition } from './content-disposition';
import { InitiativeListExportQueryDto } from './dtos';
import { type ExportFilter, ExportReads } from './export-reads.service';
import { docxMediaType, fileSchema, htmlSchema, xlsxMediaType } from './responses';

/** Documents out: the agreement's draft, the list of initiatives and one printable form. */
@ApiTags('exports')
@Controller('rounds/:roundId')
export class ExportsController {
  constructor(@Inject(ExportReads) private readonly exports: ExportReads) {}

  @Get('exports/budget-agreement.docx')
  @Performs('exportAgreementDraft')
  @ApiOperation({
    summary:
      'Udkast til budgetaftalen (Word): de optagne forslags tekstudkast pr. udvalg, økonomien pr. år og finansieringsområde og de indarbejdede forslag',
  })
  @Responds(fileSchema, { status: 200, description: 'Word-dokumentet', mediaType: docxMediaType })
  async agreementDraft(@Param('roundId') roundId: string, @CurrentActor() actor: Actor) {
    const round = await this.exports.round(roundId);
    // Every initiative past the draft: the included make the draft, the merged and their
    // targets its list.
    const states = lifecycleStates.filter((state) => state !== 'draft');
    const initiatives = await this.exports.initiatives(actor, roundId, { states });
    const bytes = await renderAgreementDocx({ round, initiatives, generatedAt: new Date() });
    return file(bytes, docxMediaType, `${agreementDraftTitle} – ${round.name}.docx`);
  }

  @Get('exports/initiatives.xlsx')
  @Performs('exportInitiativeList')
  @ApiOperation({
    summary:
      'Forslagslisten (Excel): forslagene, filtreret som listen, med beløb pr. år, årsværk og finansiering, subtotaler pr. udvalg og finansieringsområde som formler',
  })
  @Responds(fileSchema, { status: 200, description: 'Regnearket', mediaType: xlsxMediaType })
  async initiativeList(
    @Param('roundId') roundId: string,
    @Query() query: InitiativeListExportQueryDto,
    @CurrentActor() actor: Actor,
  ) {
    const round = await this.exports.round(roundId);
    const filter: ExportFilter = {
      ...(query.state ? { states: query.state } : {}),
      ...(query.party ? { partyGroup: query.party } : {}),
      ...(query.financingArea ? { financingArea: query.financingArea } : {}),
      ...(query.committee ? { committee: query.committee } : {}),
      ...(query.q ? { search: query.q } : {}),
    };
    const initiatives = await this.exports.initiatives(actor, roundId, filter);
    const bytes = await renderInitiativeListXlsx({
      round,
      initiatives,
      filter: filterWords(filter),
      generatedAt: new Date(),
    });
    return file(bytes, xlsxMediaType, `${initiativeListSheet} – ${round.name}.xlsx`);
  }

  @Get('initiatives/:number/form.html')
  @Performs('printInitiativeForm')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', initiativeFormContentSecurityPolicy)
  @ApiOperation({ summary: 'Forslaget som udskrivbar side i standardskemaets opsætning (HTML)' })
  @Responds(htmlSchema, { status: 200, description: 'Siden', mediaType: 'text/html' })
  async form(
    @Param('roundId') roundId: string,
    @Param('number') number: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ) {
    const round = await this.exports.round(roundId);
    const initiative = await this.exports.initiative(actor, roundId, number);
    response.setHeader(
      'Content-Disposition',
      contentDisposition('inline', `Forslag ${initiative.number} – ${initiative.form.title}.html`),
    );
    return renderInitiativeFormHtml({ initiative, round, printedAt: new Date() });
  }
}

function file(bytes: Buffer, type: string, name: string): StreamableFile {
  return new StreamableFile(bytes, {
    type,
    disposition: contentDisposition('attachment', name),
    length: bytes.length,
  });
}

/** What the list is filtered by, in Danish, for the sheet's heading. */
function filterWords(filter: ExportFilter): string[] {
  return [
    ...(filter.states ? [`Tilstand: ${filter.states.map((s) => stateLabels[s]).join(', ')}`] : []),
    ...(filter.partyGroup ? [`Parti: ${filter.partyGroup}`] : []),
    ...(filter.financingArea
      ? [`Finansieringsområde: ${financingAreaLabels[filter.financingArea]}`]
      : []),
    ...(filter.committee !== undefined ? [`Udvalg: ${filter.committee}`] : []),
    ...(filter.search ? [`Søgning: "${filter.search}"`] : []),
  ];
}
