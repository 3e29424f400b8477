import { Module } from '@nestjs/common';
import { ExportReads } from './export-reads.service';
import { ExportsController } from './exports.controller';

/** Documents out: the agreement's draft (.docx), the list (.xlsx), the printable form (HTML). */
@Module({
  controllers: [ExportsController],
  providers: [ExportReads],
})
export class ExportsModule {}
