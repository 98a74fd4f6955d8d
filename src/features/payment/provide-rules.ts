/**
 * weapp: a page that quotes calls this as its code loads, which bundles the
 * rules engine and the region files into its subpackage and hands them to the
 * root (src/services/rules-registry.ts), so the main package carries neither.
 */
import { regionRulesFor } from '../../config/regions'
import { createRules } from '../../services/rules'
import { provideRules } from '../../services/rules-registry'

export function provideContributionRules(): void {
  provideRules((today) => createRules(regionRulesFor, today))
}
