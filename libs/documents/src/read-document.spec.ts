import { DocumentError } from './document-error';
import { readDocument } from './read-document';

const text = (value: string) => new TextEncoder().encode(value);

describe('reading a file', () => {
  it('refuses other file types and files that are not what their name says, in Danish', async () => {
    await expect(readDocument('budget.xlsx', text('x'))).rejects.toThrow(
      'Filtypen ".xlsx" kan ikke læses; brug .docx, .pdf eller .txt',
    );
    await expect(readDocument('gammel.doc', text('x'))).rejects.toThrow(
      /gem det gamle Word-format som \.docx/,
    );
    await expect(readDocument('forslag.docx', text('ikke en zip'))).rejects.toThrow(
      'Filen hedder .docx, men er ikke et Word-dokument',
    );
    await expect(readDocument('forslag.pdf', text('ikke en pdf'))).rejects.toThrow(DocumentError);
    await expect(readDocument('forslag.docx', text('PK\u0003\u0004 ødelagt'))).rejects.toThrow(
      /Word-dokument/,
    );
  });

  it('refuses a text that is neither a form nor minutes', async () => {
    await expect(readDocument('brev.txt', text('Kære alle,\n\ntak for i går.'))).rejects.toThrow(
      'Dokumentet ligner hverken et budgetinitiativ (standardskemaet) eller et mødereferat',
    );
  });

  it('tells a form from minutes', async () => {
    const form = await readDocument(
      'f.txt',
      text('INITIATIV 4.2: Titel\nFremsat af: SF\nFormål og indhold:\nTekst.'),
    );
    expect(form.kind).toBe('initiative');
    const minutes = await readDocument(
      'r.txt',
      text(
        'Referat\nMødedato: 2. september 2025\nPunkt 1: Godkendelse\nBeslutning for Punkt 1\nGodkendt.',
      ),
    );
    expect(minutes.kind).toBe('minutes');
  });
});
