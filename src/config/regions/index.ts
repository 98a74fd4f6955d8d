/** Region rules by administrative code, each parsed with the region schema at load. */
import type { RegionRules } from '../../domain/region-rules'
import fujian from './350000'
import { parseRegionRules } from './schema'

const REGIONS: Record<string, RegionRules> = {
  '350000': parseRegionRules(fujian),
}

/** Province-level rules apply to every county code inside the province. */
export function regionRulesFor(adcode: string): RegionRules | undefined {
  return REGIONS[adcode] ?? REGIONS[`${adcode.slice(0, 2)}0000`]
}

export const REGION_CODES = Object.keys(REGIONS)
