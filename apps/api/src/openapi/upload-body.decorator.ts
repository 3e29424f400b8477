import { SetMetadata } from '@nestjs/common';

export const UPLOAD_BODY_KEY = 'budgetflow:upload-body';

/** A route's body of uploaded files (multipart/form-data), as the OpenAPI document describes it. */
export interface UploadBody {
  /** The form field the files are sent in. */
  readonly field: string;
  readonly maxFiles: number;
  readonly maxBytes: number;
  readonly description: string;
}

/** Declares that the route takes files, not JSON: the document then describes a multipart body. */
export const UploadsFiles = (upload: UploadBody) => SetMetadata(UPLOAD_BODY_KEY, upload);

export function uploadBodyOf(handler: object): UploadBody | undefined {
  return Reflect.getMetadata(UPLOAD_BODY_KEY, handler) as UploadBody | undefined;
}
