/**
 * H5: the rules engine and the region files are needed from step 2 on, not by
 * the home page, so they load in their own chunk when step 2 asks the bureau.
 */
import type { Rules } from '../services/rules'

export function loadRules(today: () => string): Promise<Rules> {
  return Promise.all([import('../services/rules'), import('../config/regions')]).then(([rules, regions]) =>
    rules.createRules(regions.regionRulesFor, today),
  )
}
