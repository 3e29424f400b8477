import { extname } from 'node:path';
import { DocumentError } from '../document-error';
import { extractDocx } from './docx';
import type { ExtractedText, SourceFormat } from './lines';
import { extractPdf } from './pdf';
import { extractTxt } from './txt';

export const supportedExtensions: Record<string, SourceFormat> = {
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.txt': 'txt',
};

/** The format of a file, from its name, checked against its first bytes. */
export function formatOf(fileName: string, bytes: Uint8Array): SourceFormat {
  const extension = extname(fileName).toLowerCase();
  const format = supportedExtensions[extension];
  if (!format) {
    const old = extension === '.doc' ? ' (gem det gamle Word-format som .docx)' : '';
    throw new DocumentError(
      `Filtypen "${extension || 'uden endelse'}" kan ikke læses${old}; brug .docx, .pdf eller .txt`,
    );
  }
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (format === 'docx' && !head.startsWith('PK')) {
    throw new DocumentError('Filen hedder .docx, men er ikke et Word-dokument');
  }
  if (format === 'pdf' && !head.startsWith('%PDF')) {
    throw new DocumentError('Filen hedder .pdf, men er ikke en PDF-fil');
  }
  return format;
}

export async function extractText(fileName: string, bytes: Uint8Array): Promise<ExtractedText> {
  const format = formatOf(fileName, bytes);
  if (format === 'docx') return extractDocx(bytes);
  if (format === 'pdf') return extractPdf(bytes);
  return extractTxt(bytes);
}
