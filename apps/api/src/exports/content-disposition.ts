/**
 * A Content-Disposition header with the Danish file name (RFC 6266: `filename*` in UTF-8) and an
 * ASCII fallback for the programs that read only `filename` ("Budgetaftale – udkast.docx" and
 * "Budgetaftale - udkast.docx").
 */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  // A round's name may hold what no file system takes in a name ("Budget 2026/2029").
  const name = fileName.replace(/[\\/:*?"<>|\p{Cc}]/gu, '-');
  return `${kind}; filename="${asciiFileName(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}

const danishLetters: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  Æ: 'Ae',
  Ø: 'Oe',
  Å: 'Aa',
  '–': '-',
  '—': '-',
};

/** The name in printable ASCII: Danish letters spelt out, other accents dropped, the rest "_". */
export function asciiFileName(fileName: string): string {
  return fileName
    .replace(/[æøåÆØÅ–—]/g, (letter) => danishLetters[letter]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

function rfc5987(text: string): string {
  return encodeURIComponent(text).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
