/** A document that cannot be read at all, with the reason in Danish for the person importing. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
}
