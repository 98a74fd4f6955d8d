/**
 * The contribution rules over the region files, for the composition root.
 * weapp has no code splitting: bundled as usual. (H5: load-rules.h5.ts.)
 */
import { regionRulesFor } from '../config/regions'
import { createRules, type Rules } from '../services/rules'

export function loadRules(today: () => string): Promise<Rules> {
  return Promise.resolve(createRules(regionRulesFor, today))
}
