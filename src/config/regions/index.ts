/** Region rules by administrative code, each parsed with the region schema at load. */
import type { RegionRules } from '../../domain/region-rules'
import beijing from './110000'
import hebei from './130000'
import shanghai from './310000'
import fujian from './350000'
import jiangxi from './360000'
import zengdu from './421303'
import chongqing from './500000'
import sichuan from './510000'
import shenzhen from './440300'
import { parseRegionRules } from './schema'

const REGIONS: Record<string, RegionRules> = Object.fromEntries(
  [beijing, hebei, shanghai, fujian, jiangxi, zengdu, shenzhen, chongqing, sichuan].map((file) => {
    const region = parseRegionRules(file)
    return [region.adcode, region]
  }),
)

/** The most specific rules: the county's own, else its city's, else its province's. */
export function regionRulesFor(adcode: string): RegionRules | undefined {
  return REGIONS[adcode] ?? REGIONS[`${adcode.slice(0, 4)}00`] ?? REGIONS[`${adcode.slice(0, 2)}0000`]
}

export const REGION_CODES = Object.keys(REGIONS)
