import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseRegionRules } from '../../src/config/regions/schema'
import { REGION_CODES, regionRulesFor } from '../../src/config/regions'
import fujian from '../../src/config/regions/350000'
import shanghai from '../../src/config/regions/310000'

const REGIONS_DIR = join(__dirname, '../../src/config/regions')
const regionFiles = readdirSync(REGIONS_DIR).filter((file) => /^\d{6}\.ts$/.test(file))

/** A deep copy of the Fujian file to break one field of. */
type RegionFile = typeof fujian
const copyOfFujian = (): RegionFile => structuredClone(fujian)
const firstYear = (region: RegionFile) => {
  const year = region.years[0]
  if (!year) throw new Error('Fujian has no benefit year')
  return year
}

describe('region files', () => {
  test('there is at least one region file and each one is registered in the index', () => {
    expect(regionFiles.length).toBeGreaterThan(0)
    expect([...REGION_CODES].sort()).toEqual(regionFiles.map((file) => file.slice(0, 6)).sort())
  })

  test.each(regionFiles)('%s passes the schema and names its own adcode', async (file) => {
    const module = (await import(join(REGIONS_DIR, file))) as { default: unknown }
    const region = parseRegionRules(module.default)
    expect(`${region.adcode}.ts`).toBe(file)
    // Addresses and grades are checked in region-sources.test.ts.
    const sources = [...region.years, ...(region.flexibleEmployment ?? [])].flatMap((rules) => rules.sources)
    expect(sources.length).toBeGreaterThan(0)
    for (const year of region.years) {
      const window = year.window
      if (!window) continue
      // The window collects for the coming benefit year and may run into it, never past it.
      expect(window.start < `${year.benefitYear}-01-01`).toBe(true)
      expect((window.extendedEnd ?? window.end) <= `${year.benefitYear}-12-31`).toBe(true)
    }
  })

  test('a county code finds its own rules first, else its city rules, else its province rules; an unknown province finds none', () => {
    expect(regionRulesFor('350102')?.name).toBe('福建省')
    expect(regionRulesFor('350203')?.adcode).toBe('350200')
    expect(regionRulesFor('350581')?.adcode).toBe('350581')
    expect(regionRulesFor('350582')?.adcode).toBe('350000')
    expect(regionRulesFor('421303')?.name).toBe('湖北省随州市曾都区')
    expect(regionRulesFor('421302')).toBeUndefined()
    expect(regionRulesFor('310101')?.name).toBe('上海市')
    expect(regionRulesFor('440101')).toBeUndefined()
  })

  test('a figure taken from the national floor is flagged as such, never silently', () => {
    // Fujian and Hebei state they adopt the floor; Beijing, Jiangxi and Zengdu give their own figures.
    const floorRegions = REGION_CODES.filter((code) =>
      regionRulesFor(code)?.years.some((year) => year.individualFromNationalFloor),
    )
    expect(floorRegions.sort()).toEqual(['130000', '350000'])
  })
})

describe('parseRegionRules rejects a broken region file, naming the bad field', () => {
  test('a negative amount in fen', () => {
    const broken = copyOfFujian()
    firstYear(broken).individualStandardFen.elderly = -1
    expect(() => parseRegionRules(broken)).toThrow(/^地区配置无效：years\.0\.individualStandardFen\.elderly/)
  })

  test('an amount that is not whole fen', () => {
    const broken = copyOfFujian()
    firstYear(broken).governmentSubsidyFen = 700.5
    expect(() => parseRegionRules(broken)).toThrow(/years\.0\.governmentSubsidyFen/)
  })

  test('an adcode that is not six digits', () => {
    const broken = { ...copyOfFujian(), adcode: '35000' }
    expect(() => parseRegionRules(broken)).toThrow(/adcode 行政区划代码应为6位数字/)
  })

  test('a window that ends before it starts', () => {
    const broken = copyOfFujian()
    firstYear(broken).window.end = '2025-08-01'
    expect(() => parseRegionRules(broken)).toThrow(
      /years\.0\.window\.end 集中参保期的开始日期不能晚于结束日期/,
    )
  })

  test('an extended period that ends before the window', () => {
    const broken = copyOfFujian()
    firstYear(broken).window.extendedEnd = '2025-12-01'
    expect(() => parseRegionRules(broken)).toThrow(
      /years\.0\.window\.extendedEnd 延长缴费期不能早于集中参保期结束/,
    )
  })

  test('an incentive step below the 1,000 元 of 国办发〔2024〕38号', () => {
    const broken = {
      ...copyOfFujian(),
      years: [
        { ...firstYear(copyOfFujian()), incentive: { criticalIllnessCapFen: 30000000, stepFen: 50000 } },
      ],
    }
    expect(() => parseRegionRules(broken)).toThrow(/years\.0\.incentive\.stepFen 每档提高额不少于1000元/)
  })

  test('a school-year day not written MM-DD', () => {
    const broken = {
      ...copyOfFujian(),
      years: [{ ...firstYear(copyOfFujian()), schoolYearCoverFrom: '9月1日' }],
    }
    expect(() => parseRegionRules(broken)).toThrow(/years\.0\.schoolYearCoverFrom 日期应为 MM-DD/)
  })

  test('a newborn rule of unknown kind', () => {
    const broken = {
      ...copyOfFujian(),
      years: [{ ...firstYear(copyOfFujian()), newborn: { fromBirthWithinDays: 90, afterThat: 'next-week' } }],
    }
    expect(() => parseRegionRules(broken)).toThrow(/years\.0\.newborn\.afterThat/)
  })

  test('an unknown personal-account scope', () => {
    const broken = { ...copyOfFujian(), capabilities: { wechatPay: true, personalAccount: 'anywhere' } }
    expect(() => parseRegionRules(broken)).toThrow(/capabilities\.personalAccount/)
  })

  test('a date not written YYYY-MM-DD', () => {
    const broken = copyOfFujian()
    firstYear(broken).window.start = '2025/09/01'
    expect(() => parseRegionRules(broken)).toThrow(/years\.0\.window\.start 日期应为 YYYY-MM-DD/)
  })

  test('a benefit year without any policy source', () => {
    const broken = copyOfFujian()
    firstYear(broken).sources = []
    expect(() => parseRegionRules(broken)).toThrow(/years\.0\.sources 每项规定至少注明一个政策来源/)
  })

  test('a percentage above 100', () => {
    const broken = {
      ...copyOfFujian(),
      years: [
        { ...firstYear(copyOfFujian()), subsidyRules: [{ group: 'orphan', mode: 'percent', percent: 120 }] },
      ],
    }
    expect(() => parseRegionRules(broken)).toThrow(/years\.0\.subsidyRules\.0\.percent/)
  })

  test('an unknown subsidy group', () => {
    const broken = {
      ...copyOfFujian(),
      years: [{ ...firstYear(copyOfFujian()), subsidyRules: [{ group: 'veteran', mode: 'full' }] }],
    }
    expect(() => parseRegionRules(broken)).toThrow(/years\.0\.subsidyRules\.0\.group/)
  })

  test('a region with neither a benefit year nor 灵活就业 rules', () => {
    expect(() => parseRegionRules({ ...copyOfFujian(), years: [] })).toThrow(
      /地区配置无效：years 至少需要一个待遇年度或一项灵活就业缴费规定/,
    )
  })

  test('a 灵活就业 base floor above its ceiling', () => {
    const broken = structuredClone(shanghai)
    Object.assign(broken.flexibleEmployment[0]?.scheme ?? {}, { minBaseFen: 4000000 })
    expect(() => parseRegionRules(broken)).toThrow(
      /flexibleEmployment\.0\.scheme\.maxBaseFen 缴费基数下限不能高于上限/,
    )
  })

  test('a 灵活就业 base that is not whole 元', () => {
    const broken = structuredClone(shanghai)
    Object.assign(broken.flexibleEmployment[0]?.scheme ?? {}, { minBaseFen: 754650 })
    expect(() => parseRegionRules(broken)).toThrow(
      /flexibleEmployment\.0\.scheme\.minBaseFen 缴费基数应为整数元/,
    )
  })

  test('a 灵活就业 rate that is not a whole percent (its rounding rule is not sourced)', () => {
    const broken = structuredClone(shanghai)
    Object.assign(broken.flexibleEmployment[0]?.scheme ?? {}, { ratePercent: 8.5 })
    expect(() => parseRegionRules(broken)).toThrow(/flexibleEmployment\.0\.scheme\.ratePercent/)
  })

  test('a 灵活就业 period that ends before it starts, or has no source', () => {
    const backwards = structuredClone(shanghai)
    Object.assign(backwards.flexibleEmployment[0] ?? {}, { to: '2026-01-01' })
    expect(() => parseRegionRules(backwards)).toThrow(
      /flexibleEmployment\.0\.to 执行期的开始日期不能晚于结束日期/,
    )
    const unsourced = structuredClone(shanghai)
    Object.assign(unsourced.flexibleEmployment[0] ?? {}, { sources: [] })
    expect(() => parseRegionRules(unsourced)).toThrow(
      /flexibleEmployment\.0\.sources 每项规定至少注明一个政策来源/,
    )
  })

  test('the unbroken copies still pass, so each failure above is the broken field', () => {
    expect(parseRegionRules(copyOfFujian()).adcode).toBe('350000')
    expect(parseRegionRules(structuredClone(shanghai)).adcode).toBe('310000')
  })
})
