import { lineText, type TextLine } from '../text/lines';
import type { Warnings } from '../warnings';

/**
 * The form's yes/no questions: whether the initiative can be budgeted as commitments
 * ("tilsagnsbudgetteres", asked of regional development) and whether it can be scaled up or
 * down. Either as a line of their own ("Kan tilsagnsbudgetteres: Ja") or said in a sentence
 * ("Projektet kan skaleres op eller ned."). Not stated, or stated both ways, is null.
 */
const questions = {
  commitmentBudgeting: {
    line: /^kan\s+(?:forslaget\s+)?tilsagnsbudgetteres\s*\??\s*:\s*(ja|nej)\.?$/i,
    yes: /\bkan\s+(?:godt\s+)?tilsagnsbudgetteres\b/i,
    no: /\bkan\s+ikke\s+tilsagnsbudgetteres\b/i,
  },
  scalable: {
    line: /^kan\s+(?:forslaget\s+|projektet\s+)?skaleres(?:\s+op\s+eller\s+ned)?\s*\??\s*:\s*(ja|nej)\.?$/i,
    yes: /\bkan\s+(?:godt\s+)?(?:op-?\s*og\s+ned)?skaleres\b|\bkan\s+skaleres\s+(?:op|ned)/i,
    no: /\bkan\s+ikke\s+skaleres\b/i,
  },
} as const;

export type Question = keyof typeof questions;

export function isAnswerLine(text: string): boolean {
  return Object.values(questions).some((question) => question.line.test(text.trim()));
}

export function readAnswer(
  question: Question,
  lines: readonly TextLine[],
  prose: string,
  warnings: Warnings,
): boolean | null {
  const { line, yes, no } = questions[question];
  const answers = new Set<boolean>();
  for (const text of lines.map(lineText)) {
    const match = line.exec(text.trim());
    if (match) answers.add(match[1]!.toLowerCase() === 'ja');
  }
  if (no.test(prose)) answers.add(false);
  else if (yes.test(prose)) answers.add(true);
  if (answers.size > 1) {
    warnings.add(question, 'Dokumentet svarer både ja og nej; svaret er ikke læst');
    return null;
  }
  return answers.size === 1 ? [...answers][0]! : null;
}
