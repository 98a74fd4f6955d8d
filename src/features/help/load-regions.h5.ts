/**
 * H5: the region files (and the zod schema that checks them) load in the
 * `rules` chunk, the one step 2 loads (config/index.ts), when 常见问题 asks.
 */
import type { RegionRules } from '../../domain/region-rules'

export function loadRegionRules(): Promise<(adcode: string) => RegionRules | undefined> {
  return import('../../config/regions').then((regions) => regions.regionRulesFor)
}
