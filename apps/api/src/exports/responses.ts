import { StreamableFile } from '@nestjs/common';
import { z } from 'zod';

export const docxMediaType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file the answer carries as it is: OpenAPI's binary string. */
export const fileSchema = z
  .custom<StreamableFile>((value) => value instanceof StreamableFile)
  .meta({ type: 'string', format: 'binary' });

/** The printable page, whole. */
export const htmlSchema = z.string();
