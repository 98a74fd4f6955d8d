/** Region rules by administrative code, each parsed with the region schema at load. */
import { mostSpecific } from '../../domain/region-calendar'
import type { RegionRules } from '../../domain/region-rules'
import beijing from './110000'
import hebei from './130000'
import shanghai from './310000'
import nantong from './320600'
import hangzhou from './330100'
import anhui from './340000'
import huangshan from './341000'
import fujian from './350000'
import xiamen from './350200'
import shishi from './350581'
import jiangxi from './360000'
import zhengzhou from './410100'
import zengdu from './421303'
import hunan from './430000'
import shenzhen from './440300'
import chongqing from './500000'
import sichuan from './510000'
import chengdu from './510100'
import dazhou from './511700'
import shaanxi from './610000'
import { parseRegionRules } from './schema'

const REGIONS: Record<string, RegionRules> = Object.fromEntries(
  [
    beijing,
    hebei,
    shanghai,
    nantong,
    hangzhou,
    anhui,
    huangshan,
    fujian,
    xiamen,
    shishi,
    jiangxi,
    zhengzhou,
    zengdu,
    hunan,
    shenzhen,
    chongqing,
    sichuan,
    chengdu,
    dazhou,
    shaanxi,
  ].map((file) => {
    const region = parseRegionRules(file)
    return [region.adcode, region]
  }),
)

/** The most specific rules: the county's own, else its city's, else its province's. */
export function regionRulesFor(adcode: string): RegionRules | undefined {
  return mostSpecific(adcode, (code) => REGIONS[code])
}

export const REGION_CODES = Object.keys(REGIONS)
