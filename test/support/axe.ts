/**
 * axe-core in the page under test: its source is injected with playwright's
 * addScriptTag (no network), then run on the whole document; Taro's hidden
 * pages are display:none, which axe skips. Every violation counts, whatever its
 * impact (design.md: none of any impact; moderate ones such as
 * landmark-one-main and region used to slip through); each is listed with the
 * elements it found, so a failure says what to fix.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export interface Finding {
  rule: string
  impact: string
  help: string
  targets: string[]
}

export interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[]
}

/**
 * `enhanced`: also run axe's AAA contrast rule (7:1 for text, 4.5:1 for large
 * text), which care mode promises; axe leaves it off by default. The rule that
 * an accessible name contains the visible text (WCAG 2.5.3) is experimental in
 * axe, so off by default too; a screen-reader or voice-control user needs it.
 */
export function axeRunOptions(enhanced: boolean) {
  return {
    rules: {
      'color-contrast-enhanced': { enabled: enhanced },
      'label-content-name-mismatch': { enabled: true },
    },
    resultTypes: ['violations'],
  }
}

/** Every violation, of any impact, with the elements it names. */
export function toFindings(results: AxeResults): Finding[] {
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? '',
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }))
}

/**
 * All of axe's findings on the page on show. (The name is older than the rule:
 * it once kept only serious and critical ones; the e2e tests still import it.)
 * `enhancedContrast`: also run the AAA contrast rule (see axeRunOptions).
 */
export async function seriousFindings(page: Page, { enhancedContrast = false } = {}): Promise<Finding[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE })
  const results = (await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run(context: Document, options: unknown): Promise<unknown> } }).axe.run(
        document,
        options,
      ),
    axeRunOptions(enhancedContrast),
  )) as AxeResults
  return toFindings(results)
}

/** The same, under the name that says what it returns. */
export const axeFindings = seriousFindings
