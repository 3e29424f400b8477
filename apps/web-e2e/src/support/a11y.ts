import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// WCAG 2.1 A and AA, as the public sector's web accessibility law asks of it.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page as it is now; fails with the serious and critical violations (rule,
 * what it asks for, the elements), the ones that keep someone from using the page.
 */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const blocking = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  if (blocking.length === 0) return;
  const lines = blocking.flatMap((violation) => [
    `${violation.impact} ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    ...violation.nodes.map(
      (node) =>
        `    ${node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' ')}`,
    ),
  ]);
  throw new Error(
    `Accessibility of "${name}" (${page.url()}): ${blocking.length} serious or critical ` +
      `violation(s) of WCAG 2.1 AA\n${lines.join('\n')}`,
  );
}
