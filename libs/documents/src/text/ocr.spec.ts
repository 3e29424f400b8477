import { lineText, textLine, type TextLine } from './lines';
import { repairOcr } from './ocr';

const repair = (...texts: string[]) => {
  const result = repairOcr(texts.map((text) => textLine(text)));
  return {
    texts: result.lines.map(lineText),
    doubtful: result.lines.flatMap((l) => l.doubtful ?? []),
    damage: result.damage,
  };
};

describe('OCR repair of Danish letters', () => {
  it('leaves an undamaged text exactly as it is', () => {
    const text =
      'Regionen afholder et topmøde for personale og politikere på Regionsgården i august.';
    expect(repair(text)).toEqual({
      texts: [text],
      doubtful: [],
      damage: { oe: false, aa: false, symbols: false },
    });
  });

  it('reads "g" as "ø" when the document shows that damage, and only then', () => {
    expect(repair('Vi gnsker et mgde om fglgerne af den nye lgsning.').texts).toEqual([
      'Vi ønsker et møde om følgerne af den nye løsning.',
    ]);
    // One unknown word in a text that has its ø's is not evidence: "grgn" could be a name.
    expect(repair('Det grønne område får et grgn skilt.').texts).toEqual([
      'Det grønne område får et grgn skilt.',
    ]);
  });

  it('reads "a" as "å" when the document shows that damage', () => {
    expect(
      repair('Forslaget skal nå ud pa hospitalerne, nar de far tid. Formalet er klart.').texts,
    ).toEqual(['Forslaget skal nå ud på hospitalerne, når de får tid. Formålet er klart.']);
  });

  it('reads "@" as "Æ" or "Ø", whichever gives a word', () => {
    expect(repair('@konomi og @vrig drift efter @ndringen').texts).toEqual([
      'Økonomi og Øvrig drift efter Ændringen',
    ]);
  });

  it('reads "|" as "I" in capitals and at a sentence’s start, as "l" or "i" within a word', () => {
    expect(repair('|N|T|AT|V 4.2: he|e |T-systemet').texts).toEqual([
      'INITIATIV 4.2: hele IT-systemet',
    ]);
    expect(repair('| 2023 blev der holdt et møde | Hillerød.').texts).toEqual([
      'I 2023 blev der holdt et møde i Hillerød.',
    ]);
    // Between amounts a bar is a table's rule, not a letter.
    expect(repair('Øvrig drift | 0,3 | 0,3').texts).toEqual(['Øvrig drift | 0,3 | 0,3']);
  });

  it('uses the words around a word whose damaged form is a word too', () => {
    const read = repair(
      'Patienterne far en bedre behandling. Min far kom pa besøg. Det galder bade børn og voksne.',
    );
    expect(read.texts[0]).toBe(
      'Patienterne får en bedre behandling. Min far kom på besøg. Det galder både børn og voksne.',
    );
  });

  it('keeps a word it cannot settle as read, and names it', () => {
    const read = repair(
      'Der var et møde pa hospitalet, og de far.',
      '@bler og Hans @rnbjerg deltog.',
    );
    expect(read.texts).toEqual([
      'Der var et møde på hospitalet, og de far.',
      'Æbler og Hans @rnbjerg deltog.',
    ]);
    expect(read.doubtful).toEqual(['far', '@rnbjerg']);
  });

  it('trusts a word the document spells intact elsewhere', () => {
    const lines: TextLine[] = [
      textLine('Et Sprøjtehus i Tåstrup. Sprgjtehus mgdes pa torsdag, nar vi kan.'),
    ];
    expect(repairOcr(lines).lines.map(lineText)).toEqual([
      'Et Sprøjtehus i Tåstrup. Sprøjtehus mødes på torsdag, når vi kan.',
    ]);
  });

  it('reads a "g" that makes no Danish word as "ø", even in a name', () => {
    expect(
      repair('Mødet blev ledet af Sgren Mgller og Jgrgen Hansen efter et langt mgde.').texts,
    ).toEqual(['Mødet blev ledet af Søren Møller og Jørgen Hansen efter et langt møde.']);
  });

  it('leaves e-mail addresses and links alone', () => {
    expect(repair('Skriv til budget@regionh.dk eller se www.regionh.dk/mgde').texts).toEqual([
      'Skriv til budget@regionh.dk eller se www.regionh.dk/mgde',
    ]);
  });
});
