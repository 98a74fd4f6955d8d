/**
 * The contribution rules over the region files, bundled: unbuilt runs (jest)
 * use this. weapp builds wait for a subpackage to provide them
 * (load-rules.weapp.ts), H5 builds load a chunk (load-rules.h5.ts).
 */
import { regionRulesFor } from '../config/regions'
import { createRules, type Rules } from '../services/rules'

export function loadRules(today: () => string): Promise<Rules> {
  return Promise.resolve(createRules(regionRulesFor, today))
}
