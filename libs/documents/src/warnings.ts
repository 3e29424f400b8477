/** Something the reader could not read with confidence: the field it concerns, and why. */
export interface ImportWarning {
  /** The field's path in the document, as in the API's schema: "economy.otherOperations". */
  readonly field: string;
  /** In Danish, for the person importing. */
  readonly message: string;
}

export class Warnings {
  readonly list: ImportWarning[] = [];

  add(field: string, message: string): void {
    if (!this.list.some((w) => w.field === field && w.message === message))
      this.list.push({ field, message });
  }
}
