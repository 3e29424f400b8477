import type { Actor } from '@budgetflow/domain';
import { Controller, HttpCode, Inject, Param, Post, Query, UploadedFiles } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Performs } from '../auth/operation.decorator';
import { CurrentActor } from '../http/actor.decorator';
import { Responds } from '../openapi/responds.decorator';
import { DocumentImports } from './document-imports.service';
import { ImportQueryDto } from './dtos';
import { importOutcomeSchema } from './responses';
import { AcceptsDocuments, readUploads, type UploadedDocumentFile } from './uploads';

/** Documents in: budget-initiative forms uploaded as drafts of the round, or as their edits. */
@ApiTags('imports')
@Controller('rounds/:roundId/imports')
export class ImportsController {
  constructor(@Inject(DocumentImports) private readonly imports: DocumentImports) {}

  @Post()
  @Performs('importDocuments')
  @HttpCode(200)
  @AcceptsDocuments(
    'Budgetinitiativer på standardskemaet (.docx, .pdf eller .txt), én eller flere, i feltet file',
  )
  @ApiOperation({
    summary:
      'Importér budgetinitiativer fra dokumenter: opret kladden eller ret den; dryRun=true viser kun, hvad der ville ske',
  })
  @Responds(importOutcomeSchema)
  async import(
    @Param('roundId') roundId: string,
    @Query() query: ImportQueryDto,
    @UploadedFiles() files: UploadedDocumentFile[] | undefined,
    @CurrentActor() actor: Actor,
  ) {
    await this.imports.knownRound(roundId);
    const uploads = await readUploads(files);
    return this.imports.import(roundId, uploads, actor, query.dryRun);
  }
}
