import { danishLexicon, type Lexicon } from './lexicon';
import { lineText, type TextLine } from './lines';

/**
 * Repair of the damage OCR does to Danish letters: "ø" read as "g", "å" as "a", "Æ" and "Ø" as
 * "@", "I" as "|". A word is changed only when it is not a known word and exactly one way of
 * undoing the damage gives a known one; a word that stays doubtful is kept as read and named,
 * so the reader can warn. "g" and "a" are ordinary letters too, so their repair is switched on
 * only when the document shows that damage (words that only make sense repaired).
 */

interface Confusion {
  /** Letters the damaged character may stand for, in the case of its neighbours. */
  readonly candidates: (context: CaseContext) => readonly string[];
}

type CaseContext = 'upper' | 'lower' | 'capital';

const confusions: Record<string, Confusion> = {
  '@': { candidates: (c) => (c === 'lower' ? ['æ', 'ø'] : ['Æ', 'Ø']) },
  // In capitals a bar can only be an "I"; at a word's start also an "l", within one "l" or "i".
  '|': { candidates: (c) => (c === 'upper' ? ['I'] : c === 'capital' ? ['I', 'l'] : ['l', 'i']) },
  g: { candidates: () => ['ø'] },
  a: { candidates: () => ['å'] },
  A: { candidates: () => ['Å'] },
};

/**
 * Words whose damaged form is a word too ("får" read as "far"). With "å" damage in the
 * document, the words around decide when they can ("far en" is "får en", "min far" is "far";
 * "bade … og" is "både … og"); otherwise the word stays doubtful.
 */
const aCollisions: Record<
  string,
  (before: readonly string[], after: readonly string[]) => string | null
> = {
  far: (before, after) => {
    const previous = before[before.length - 1]?.toLowerCase() ?? '';
    const next = after[0]?.toLowerCase() ?? '';
    if (/^(min|din|sin|hans|hendes|deres|vores|jeres|en|barnets|barnet)$/.test(previous))
      return 'far';
    if (next === 'og' && after[1]?.toLowerCase() === 'mor') return 'far';
    if (
      /^(en|et|den|det|de|flere|mere|mindre|ikke|også|nu|adgang|tilbud|hjælp|ret|mulighed|mulighederne|brug|behandling|besked|svar|tid|penge|midler|lov)$/.test(
        next,
      )
    ) {
      return 'får';
    }
    return null;
  },
  bade: (_before, after) =>
    after.slice(0, 10).some((word) => word.toLowerCase() === 'og') ? 'både' : null,
};

const wordPattern = /[\p{L}@|]+/gu;
const impossibleG = /^[bcdfhjklmpqrstvwxz]g[bcdfghjklmnpqrstvwxz]/i;
const MAX_READINGS = 4096;

export interface RepairResult {
  readonly lines: TextLine[];
  /** Which kinds of damage the document showed. */
  readonly damage: { readonly oe: boolean; readonly aa: boolean; readonly symbols: boolean };
}

export function repairOcr(
  lines: readonly TextLine[],
  lexicon: Lexicon = danishLexicon,
): RepairResult {
  const allText = lines.map(lineText).join('\n');
  const trusted = lexicon.with(intactWords(allText, lexicon));
  const words = allText.match(wordPattern) ?? [];
  const oe = showsDamage(words, 'g', 'ø', allText, trusted);
  const aa = showsDamage(words, 'a', 'å', allText, trusted);
  const symbols = /[\p{L}][@|]|[@|][\p{L}]|(^|\s)\|\s/mu.test(allText);
  const repairer = new WordRepairer(trusted, { oe, aa });
  const texts = lines.map(lineText);
  const repaired = lines.map((line, index) => {
    const doubtful: string[] = [...(line.doubtful ?? [])];
    // A sentence goes on over the next lines; their words are context for this one's.
    const following = texts
      .slice(index + 1, index + 4)
      .join(' ')
      .split(/\s+/)
      .filter(Boolean);
    const cells = line.cells.map((cell) => {
      const text = repairText(cell.text, repairer, doubtful, following);
      return text === cell.text ? cell : { ...cell, text };
    });
    return doubtful.length > 0 ? { ...line, cells, doubtful } : { ...line, cells };
  });
  return { lines: repaired, damage: { oe, aa, symbols } };
}

/**
 * Words the document spells with æ, ø or å: read intact, so trusted when met damaged. Not one
 * that is itself a damaged form of a known word ("spørgsmal", whose "å" was lost but not its "ø").
 */
function intactWords(text: string, lexicon: Lexicon): string[] {
  const spelled = new Set(
    (text.match(/[\p{L}]+/gu) ?? [])
      .map((word) => word.toLowerCase())
      .filter((word) => word.length >= 3 && /[æøå]/.test(word) && !/[@|]/.test(word)),
  );
  const undamaged = (char: string) => (char === 'g' ? ['ø'] : char === 'a' ? ['å'] : []);
  return [...spelled].filter(
    (word) =>
      !substitutions(word, undamaged).some(
        (reading) => reading !== word && (spelled.has(reading) || lexicon.has(reading)),
      ),
  );
}

/**
 * Whether the document has lost a letter to a look-alike: words unknown as read that one
 * substitution makes known, at least two of them, or one in a text without the letter at all.
 */
function showsDamage(
  words: readonly string[],
  damaged: string,
  letter: string,
  text: string,
  lexicon: Lexicon,
): boolean {
  let evidence = 0;
  const seen = new Set<string>();
  for (const word of words) {
    const lower = word.toLowerCase();
    if (seen.has(lower) || !lower.includes(damaged) || /[@|]/.test(lower)) continue;
    seen.add(lower);
    if (lexicon.has(lower)) continue;
    const readings = substitutions(lower, (char) => (char === damaged ? [letter] : []));
    if (readings.some((reading) => lexicon.has(reading))) evidence++;
    if (evidence >= 2) return true;
  }
  return evidence === 1 && !text.toLowerCase().includes(letter);
}

class WordRepairer {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly active: { oe: boolean; aa: boolean },
  ) {}

  /** The repaired word, or the word as read and doubtful when it cannot be settled. */
  repair(
    word: string,
    before: readonly string[],
    after: readonly string[],
  ): { word: string; doubtful: boolean } {
    const symbols = /[@|]/.test(word);
    if (!symbols) {
      const collision = aCollisions[word.toLowerCase()];
      if (this.active.aa && collision) {
        const reading = collision(before, after);
        if (reading === null) return { word, doubtful: true };
        return { word: matchCase(reading, word), doubtful: false };
      }
      if (this.lexicon.has(word)) return { word, doubtful: false };
    }
    const context = caseContext(word);
    const readings = substitutions(word, (char, index) => {
      if (char === 'g' && !this.active.oe) return [];
      if ((char === 'a' || char === 'A') && !this.active.aa) return [];
      const at: CaseContext =
        context === 'upper' ? 'upper' : index === 0 && context === 'capital' ? 'capital' : 'lower';
      return confusions[char]?.candidates(at) ?? [];
    }).filter((reading) => reading !== word && !/[@|]/.test(reading));
    const distinct = [...new Set(readings)];
    const known = distinct.filter((reading) => this.lexicon.has(reading));
    if (known.length === 1) return { word: known[0]!, doubtful: false };
    // A "g" between a first consonant and another ("Sgrensen", "Mgller") spells no Danish word:
    // with "ø" lost in the document it can only be that, name or not.
    if (known.length === 0 && this.active.oe && impossibleG.test(word)) {
      return {
        word: word.slice(0, 1) + (word[1] === 'G' ? 'Ø' : 'ø') + word.slice(2),
        doubtful: false,
      };
    }
    // Bars in a word of capitals ("|V", "|T") have one reading only, known word or not.
    if (context === 'upper' && /^[\p{Lu}|]+$/u.test(word) && distinct.length === 1) {
      return { word: distinct[0]!, doubtful: false };
    }
    return { word, doubtful: symbols || known.length > 1 };
  }
}

function caseContext(word: string): CaseContext {
  const letters = word.replace(/[@|]/g, '');
  if (
    letters.length > 0 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  ) {
    return 'upper';
  }
  const first = word[0] ?? '';
  if (first === '@' || first === '|') {
    return letters.length > 0 && letters === letters.toLowerCase() ? 'capital' : 'upper';
  }
  return first === first.toUpperCase() && first !== first.toLowerCase() ? 'capital' : 'lower';
}

/** Every way of reading a word when each character may also be one of `options(char)`. */
function substitutions(
  word: string,
  options: (char: string, index: number) => readonly string[],
): string[] {
  let readings = [''];
  for (let index = 0; index < word.length; index++) {
    const char = word[index]!;
    const alternatives = options(char, index);
    const choices = [char, ...alternatives];
    const next: string[] = [];
    for (const reading of readings) for (const choice of choices) next.push(reading + choice);
    if (next.length > MAX_READINGS) return [];
    readings = next;
  }
  return readings;
}

function matchCase(reading: string, word: string): string {
  return word[0] === word[0]?.toUpperCase()
    ? reading[0]!.toUpperCase() + reading.slice(1)
    : reading;
}

/** Repairs the words of a text; a lone "|" is "I" at a sentence's start and "i" within one. */
function repairText(
  text: string,
  repairer: WordRepairer,
  doubtful: string[],
  following: readonly string[] = [],
): string {
  if (!/[@|ga]/i.test(text)) return text;
  const chunks = text.split(/(\s+)/);
  const words = [...chunks, ...following].map((chunk) =>
    chunk.replace(/^[^\p{L}@|]+|[^\p{L}@|]+$/gu, ''),
  );
  const around = (index: number) => ({
    before: words.slice(Math.max(0, index - 6), index).filter((w) => w !== ''),
    after: words.slice(index + 1, index + 21).filter((w) => w !== ''),
  });
  return chunks
    .map((chunk, index) => {
      if (/^\s*$/.test(chunk)) return chunk;
      if (/^\S+@\S+\.\S+$/.test(chunk) || /^(https?:\/\/|www\.)/i.test(chunk)) return chunk;
      if (chunk === '|') return loneBar(chunks, index);
      return chunk.replace(wordPattern, (word) => {
        if (word === '|' || word === '@') return word;
        const { before, after } = around(index);
        const result = repairer.repair(word, before, after);
        if (result.doubtful) doubtful.push(word);
        return result.word;
      });
    })
    .join('');
}

function loneBar(chunks: readonly string[], index: number): string {
  const before = chunks.slice(0, index).join('').trimEnd();
  const after = chunks
    .slice(index + 1)
    .join('')
    .trimStart();
  // Followed by a word or a year and a word, it is a letter; between amounts, a table's rule.
  const wordFollows = /^\p{L}/u.test(after) || /^\d{4}\s+\p{L}/u.test(after);
  if (!wordFollows) return '|';
  if (before === '' || /[.!?:]$/.test(before)) return 'I';
  if (/[\p{L},]$/u.test(before)) return 'i';
  return '|';
}
