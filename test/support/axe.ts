/**
 * axe-core in the page under test: its source is injected with playwright's
 * addScriptTag (no network), then run on the whole document; Taro's hidden
 * pages are display:none, which axe skips. Only serious and critical findings
 * count; each is listed with the elements it found, so a failure says what to fix.
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

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[]
}

/**
 * `enhancedContrast`: also run axe's AAA rule (7:1 for text, 4.5:1 for large
 * text), which care mode promises; axe leaves it off by default.
 */
export async function seriousFindings(page: Page, { enhancedContrast = false } = {}): Promise<Finding[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE })
  const results = (await page.evaluate(
    (enhanced) =>
      (window as unknown as { axe: { run(context: Document, options: unknown): Promise<unknown> } }).axe.run(document, {
        rules: { 'color-contrast-enhanced': { enabled: enhanced } },
        resultTypes: ['violations'],
      }),
    enhancedContrast,
  )) as AxeResults
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }))
}
