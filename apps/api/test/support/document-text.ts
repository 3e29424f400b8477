import ExcelJS from 'exceljs';
import mammoth from 'mammoth';

export const docxMediaType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whether the answer is a Word or Excel file, whose text is zipped XML. */
export function isOfficeDocument(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim();
  return type === docxMediaType || type === xlsxMediaType;
}

/**
 * The text a person reading the file would see: a Word document's paragraphs and tables, or
 * every cell of a workbook (values, formulas and their stored results). Only the content is
 * read, not the files' properties, whose timestamps' digits could spell anything.
 */
export async function documentText(contentType: string, bytes: Buffer): Promise<string> {
  if (contentType.startsWith(docxMediaType)) {
    return (await mammoth.extractRawText({ buffer: bytes })).value;
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => {
    cells.push(sheet.name);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (value && typeof value === 'object' && 'formula' in value) {
          cells.push(`=${value.formula}`, String(value.result ?? ''));
        } else cells.push(String(value));
      }),
    );
  });
  return cells.join('\n');
}

/**
 * The answer's text, whatever it is. Ask for the bytes (`.responseType('blob')`): supertest
 * otherwise decodes every answer it does not know as UTF-8 text, which breaks a zip file.
 */
export async function answerText(response: {
  headers: Record<string, string>;
  text?: string;
  body: unknown;
}): Promise<string> {
  const type = response.headers['content-type'];
  if (!Buffer.isBuffer(response.body)) return response.text ?? '';
  if (isOfficeDocument(type)) return documentText(type!, response.body);
  return response.body.toString('utf8');
}
