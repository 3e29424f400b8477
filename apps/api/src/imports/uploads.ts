import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { DocumentError, type ImportedDocument, readDocument } from '@budgetflow/documents';
import {
  applyDecorators,
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  PayloadTooLargeException,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { ProblemException } from '../http/problem';
import { UploadsFiles } from '../openapi/upload-body.decorator';

/** A form or minutes is a few hundred kB; ten MB leaves room for scans. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 20;
const FIELD = 'file';

/** A file as multer holds it in memory. */
export interface UploadedDocumentFile {
  readonly originalname: string;
  readonly buffer: Buffer;
  readonly size: number;
}

/** A document read from an upload, with the file it came from and that file's SHA-256. */
export interface ReadUpload {
  readonly file: string;
  readonly hash: string;
  readonly read: ImportedDocument;
}

const problem = (status: 400 | 413, message: string) =>
  new ProblemException({
    status,
    title: status === 413 ? 'Forespørgslen er for stor' : 'Ugyldig forespørgsel',
    detail: message,
    errors: [{ field: FIELD, message }],
  });

/**
 * Receives the files of a multipart upload (field `file`) in memory, after the guard has let
 * the request through, and says in Danish at field `file` what is wrong with an upload that
 * cannot be received: too large, too many files, another field.
 */
class DocumentUploads implements NestInterceptor {
  private readonly files: NestInterceptor;

  constructor(maxFiles: number) {
    const Files = FilesInterceptor(FIELD, maxFiles, {
      limits: { fileSize: MAX_UPLOAD_BYTES, files: maxFiles, fields: 10 },
      // Browsers and curl send the file's name as UTF-8: "forslag-5.4-ø.docx".
      defParamCharset: 'utf8',
    });
    this.files = new Files();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.files.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) {
        throw problem(413, `En fil er større end ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
      }
      if (error instanceof BadRequestException) {
        const message = /too many files/i.test(error.message)
          ? 'For mange filer på én gang'
          : /unexpected/i.test(error.message)
            ? `Filerne skal sendes i feltet "${FIELD}"`
            : `Uploaden kan ikke læses; send filerne som multipart/form-data i feltet "${FIELD}"`;
        throw problem(400, message);
      }
      throw error;
    }
  }
}

/** The route takes .docx, .pdf and .txt files in the multipart field `file`. */
export function AcceptsDocuments(description: string, maxFiles = MAX_UPLOAD_FILES) {
  return applyDecorators(
    UseInterceptors(new DocumentUploads(maxFiles)),
    UploadsFiles({ field: FIELD, maxFiles, maxBytes: MAX_UPLOAD_BYTES, description }),
  );
}

/**
 * Reads every uploaded document, or none: a file that is missing, of another type or cannot be
 * read at all is a 400 at field `file` naming it, before anything is done with the others.
 */
export async function readUploads(
  files: readonly UploadedDocumentFile[] | undefined,
): Promise<ReadUpload[]> {
  if (!files || files.length === 0) {
    throw problem(400, `Vælg mindst én fil (.docx, .pdf eller .txt) i feltet "${FIELD}"`);
  }
  const read: ReadUpload[] = [];
  const errors: string[] = [];
  for (const upload of files) {
    const file = basename(upload.originalname || 'uden navn');
    try {
      read.push({
        file,
        hash: createHash('sha256').update(upload.buffer).digest('hex'),
        read: await readDocument(file, new Uint8Array(upload.buffer)),
      });
    } catch (error) {
      // A damaged file is the uploader's to fix, never our fault (no 500).
      const reason =
        error instanceof DocumentError ? error.message : 'Filen er beskadiget og kan ikke læses';
      errors.push(`${file}: ${reason}`);
    }
  }
  if (errors.length > 0) {
    throw new ProblemException({
      status: 400,
      title: 'Ugyldig forespørgsel',
      detail: errors.join('; '),
      errors: errors.map((message) => ({ field: FIELD, message })),
    });
  }
  return read;
}
