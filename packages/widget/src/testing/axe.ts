/**
 * Loads axe-core (a devDependency) into the test page as a classic script and
 * runs it on an element, shadow roots included.
 */
import type { AxeResults } from 'axe-core';

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

let loading: Promise<void> | undefined;

function load(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/packages/widget/node_modules/axe-core/axe.min.js';
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('axe-core did not load')));
    document.head.append(script);
  });
  return loading;
}

/**
 * The WCAG 2.x A/AA (and best-practice) violations axe finds in `context`.
 *
 * @example
 * equal(describeViolations(await axeViolations(widget)), '', 'axe violations');
 */
export async function axeViolations(context: Element): Promise<AxeResults['violations']> {
  await load();
  const results = await window.axe!.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return results.violations;
}

/** One line per violation and node, for a readable failure message. */
export function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`))
    .join('\n');
}
