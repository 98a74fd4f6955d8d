/**
 * weapp: the contribution rules, once a subpackage that quotes has loaded and
 * provided them (src/services/rules-registry.ts): the main package carries
 * neither the rules engine nor the region files. Every page that quotes is in
 * such a subpackage, so a page that waits here has provided them already.
 */
import type { Rules } from '../services/rules'
import { providedRules } from '../services/rules-registry'

export function loadRules(today: () => string): Promise<Rules> {
  return providedRules().then((createRules) => createRules(today))
}
