/**
 * The blank form's instructions to whoever fills it in. They are the template's words, not the
 * initiative's, so they are dropped wherever they are left standing. A sentence is an
 * instruction when it opens like one (the form speaks in the imperative: "Angiv …", "Beskriv
 * …") or states one of the form's rules.
 */
const instructionSentences: readonly RegExp[] = [
  /^angiv\b/i,
  /^beskriv\b/i,
  /^anf[øg@]r\b/i,
  /^udfyld(es)?\b/i,
  /^skriv\s+(her|tekst|forslag)/i,
  /^\[.*\]$/,
  /bel[øg@]b\s+angives\s+(i\s+mio\.?\s*kr\.?\s+)?med\s+(én|en|1)\s+decimal/i,
  /skriv\s+tallet\s+med\s+(én|en|1)\s+decimal/i,
  /^hvis\s+der\s+er\s+tale\s+om\s+(1|et)-?[åa]rige\s+projekter/i,
  /^hvis\s+forslaget\s+finansieres\s+af\s+flere\s+kasser/i,
  /^det\s+b[øg@]r\s+for\s+forslag\s+vedr/i,
  /^gerne\s+med\s+fokus\s+p[åa]/i,
  /\(se\s+hvordan\s+samt\s+eksempler\s+her\)/i,
];

export function isInstruction(sentence: string): boolean {
  const text = sentence.trim();
  return text !== '' && instructionSentences.some((pattern) => pattern.test(text));
}

/** Sentences of a paragraph: split after . ! ? before a capital or a digit. */
export function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=["“”«(]?[A-ZÆØÅ0-9])/u);
}
