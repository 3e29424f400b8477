import { danishWords } from './danish-words';

// Endings a stem takes in Danish (nouns, verbs, adjectives), longest first so "erne" is tried
// before "e". A word is known when it is a stem of the list with one of these.
const endings = [
  'ernes',
  'enes',
  'erne',
  'ende',
  'ene',
  'ens',
  'ets',
  'ers',
  'ede',
  'ere',
  'este',
  'ste',
  'rne',
  'nes',
  'ne',
  'en',
  'et',
  'er',
  'es',
  'te',
  'de',
  're',
  'st',
  'e',
  'n',
  'r',
  's',
  't',
  '',
].sort((a, b) => b.length - a.length);

// A compound's parts may be joined by a linking letter: "omsorg-s-topmøde".
const links = ['', 's', 'e'];

const MIN_PART = 3;

/**
 * The words the OCR repair trusts: the project's list, the words a document itself spells with
 * æ, ø or å (read intact elsewhere in it), their inflections, and compounds of them.
 */
export class Lexicon {
  private readonly words: Set<string>;
  private readonly known = new Map<string, boolean>();

  constructor(extra: Iterable<string> = []) {
    this.words = new Set(
      [...danishWords.split(/\s+/), ...extra]
        .map((word) => word.toLowerCase().replace(/\.$/, ''))
        .filter(Boolean),
    );
  }

  /** A copy that also trusts these words. */
  with(extra: Iterable<string>): Lexicon {
    return new Lexicon([...this.words, ...extra]);
  }

  has(word: string): boolean {
    const lower = word.toLowerCase();
    const cached = this.known.get(lower);
    if (cached !== undefined) return cached;
    // "u-" denies what follows: "unødvendig".
    const result =
      this.inflected(lower) ||
      this.compound(lower) ||
      (lower.startsWith('u') && lower.length >= 6 && this.inflected(lower.slice(1)));
    this.known.set(lower, result);
    return result;
  }

  private inflected(word: string): boolean {
    if (this.words.has(word)) return true;
    for (const ending of endings) {
      if (ending === '' || !word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length);
      if (stem.length >= 2 && this.words.has(stem)) return true;
    }
    return false;
  }

  private compound(word: string): boolean {
    for (let split = MIN_PART; split <= word.length - MIN_PART; split++) {
      const head = word.slice(0, split);
      if (!this.words.has(head)) continue;
      for (const link of links) {
        const rest = word.slice(split);
        if (!rest.startsWith(link)) continue;
        const tail = rest.slice(link.length);
        if (tail.length >= MIN_PART && this.has(tail)) return true;
      }
    }
    return false;
  }
}

export const danishLexicon = new Lexicon();
