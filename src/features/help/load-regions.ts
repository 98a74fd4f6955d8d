/**
 * The region files for 常见问题's figures. weapp: only the help subpackage's
 * page asks for them, so they are bundled there (and in the subpackages that
 * quote), not in the main package. H5 loads them in the rules chunk (load-regions.h5.ts).
 */
import { regionRulesFor } from '../../config/regions'
import type { RegionRules } from '../../domain/region-rules'

export function loadRegionRules(): Promise<(adcode: string) => RegionRules | undefined> {
  return Promise.resolve(regionRulesFor)
}
