import {
  type FinancingArea,
  financingAreaLabels,
  financingAreas,
  financingProblem,
  type FinancingShare,
  formatFraction,
  fraction,
  parseFraction,
} from '@budgetflow/domain';
import { lineText, type TextLine } from '../text/lines';
import { tolerant } from '../text/tolerant';
import type { Warnings } from '../warnings';

/** Each of the organisation's areas by its name on the form, as it may be damaged. */
const areaPatterns: readonly [FinancingArea, RegExp][] = financingAreas.map((area) => [
  area,
  new RegExp(`^${tolerant(financingAreaLabels[area]!)}(.*)$`, 'i'),
]);

const mark = /^(x|☒|☑|✓|✔|ja)$/i;

type Marking = { readonly kind: 'mark' } | { readonly kind: 'share'; readonly share: string };

/**
 * The areas marked under "Finansiering": a cross next to one area is the whole of it; shares
 * ("1/3", "0,5", "50 %") next to several are their split, and must make one whole. Several
 * areas crossed without shares, or shares that do not add up, cannot be read as a financing.
 */
export function readFinancing(lines: readonly TextLine[], warnings: Warnings): FinancingShare[] {
  const marked = new Map<FinancingArea, Marking>();
  for (const line of lines) {
    const text = lineText(line);
    for (const [area, pattern] of areaPatterns) {
      const match = pattern.exec(text);
      if (!match) continue;
      const rest = match[1]!.replace(/[|:]/g, ' ').trim();
      if (rest === '') break;
      const marking = markingOf(rest);
      if (!marking) {
        warnings.add(
          'financing',
          `Markeringen ud for ${financingAreaLabels[area]} kan ikke læses ("${rest}")`,
        );
        return [];
      }
      marked.set(area, marking);
      break;
    }
  }
  // None marked is read as none; the domain's rule says whether that may stand (read-form.ts).
  if (marked.size === 0) return [];
  const entries = [...marked.entries()];
  if (entries.length === 1 && entries[0]![1].kind === 'mark')
    return [{ area: entries[0]![0], share: '1' }];
  if (entries.some(([, marking]) => marking.kind === 'mark')) {
    warnings.add(
      'financing',
      `Flere kasser er markeret (${entries.map(([area]) => financingAreaLabels[area]).join(', ')}), men ikke med hver sin andel`,
    );
    return [];
  }
  const shares = entries.map(([area, marking]) => ({
    area,
    share: (marking as { share: string }).share,
  }));
  const problem = financingProblem(shares);
  if (problem) {
    warnings.add('financing', problem);
    return [];
  }
  return shares;
}

function markingOf(text: string): Marking | null {
  if (mark.test(text)) return { kind: 'mark' };
  const percent = /^(\d{1,3})(?:,(\d{1,2}))?\s*%$/.exec(text);
  if (percent) {
    const decimals = percent[2] ?? '';
    const scale = 100 * 10 ** decimals.length;
    const numerator = Number(`${percent[1]}${decimals}`);
    if (numerator <= 0 || numerator > scale) return null;
    return { kind: 'share', share: formatFraction(fraction(numerator, scale)) };
  }
  const share = parseFraction(text);
  return share ? { kind: 'share', share: formatFraction(share) } : null;
}
