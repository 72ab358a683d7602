import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser build, injected into the page under test. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  rule: string;
  /** Each offending element: its selector and axe's summary (colours and ratio for contrast). */
  nodes: string[];
}

/**
 * Runs axe-core's rules on the page as it is drawn and returns what fails,
 * one line per element. Injected through the DevTools protocol (`evaluate`),
 * which the page's Content-Security-Policy does not govern: the page itself
 * loads no script but its own.
 */
export async function axeViolations(page: Page, rules: string[]): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (runOnly) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const { violations } = await axe.run({ exclude: [['#graphiql .graphiql-editors'], ['#graphiql .graphiql-response']] }, { runOnly: { type: 'rule', values: runOnly }, resultTypes: ['violations'] });
    return violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)}`) }));
  }, rules);
  return result;
}
