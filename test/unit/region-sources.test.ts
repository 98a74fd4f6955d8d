/**
 * What every region file owes its reader: each benefit year cites its sources,
 * a grade-C source appears only in a year marked `gradeC` (so the screen says
 * so) and a marked year names the grade-C source it rests on, and no file holds
 * personal data. Also that the regions issue 15 asks for stay covered for 2026.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { REGION_CODES, regionRulesFor } from '../../src/config/regions'
import { rulesForYear } from '../../src/domain/region-rules'
import { validateIdNumber } from '../../src/domain/id-number'

const REGIONS_DIR = join(__dirname, '../../src/config/regions')
const regionFiles = readdirSync(REGIONS_DIR).filter((file) => /^\d{6}\.ts$/.test(file))
const regions = REGION_CODES.map((code) => {
  const region = regionRulesFor(code)
  if (!region) throw new Error(`${code} is registered but not found`)
  return region
})

describe('region sources and grades', () => {
  test.each(regions.map((region) => [region.adcode, region] as const))(
    '%s: each year cites a source, and grade C appears exactly where the year is marked',
    (_code, region) => {
      for (const year of region.years) {
        expect(year.sources.length).toBeGreaterThan(0)
        const restsOnC = year.sources.some((source) => source.grade === 'C')
        expect([year.benefitYear, year.gradeC === true]).toEqual([year.benefitYear, restsOnC])
      }
      for (const period of region.flexibleEmployment ?? []) {
        const restsOnC = period.sources.some((source) => source.grade === 'C')
        expect(period.gradeC === true).toBe(restsOnC)
      }
    },
  )

  test.each(regions.map((region) => [region.adcode, region] as const))(
    '%s: every address is a whole http(s) address or left empty',
    (_code, region) => {
      const sources = [...region.years, ...(region.flexibleEmployment ?? [])].flatMap(
        (rules) => rules.sources,
      )
      for (const source of sources) {
        if (source.url) expect(source.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/)
      }
    },
  )

  test.each(regionFiles)('%s holds no resident ID number or mobile number', (file) => {
    const text = readFileSync(join(REGIONS_DIR, file), 'utf8')
    const idLike = text.match(/\d{17}[\dXx]/g) ?? []
    expect(idLike.filter((candidate) => validateIdNumber(candidate, '2026-11-28').ok)).toEqual([])
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/)
  })
})

describe('regions for benefit year 2026 (issue 15)', () => {
  const withYear2026 = regions.filter((region) => rulesForYear(region, 2026))

  test('at least 12 regions have benefit year 2026, at least 10 of them without a grade-C figure', () => {
    expect(withYear2026.length).toBeGreaterThanOrEqual(12)
    expect(
      withYear2026.filter((region) => !rulesForYear(region, 2026)?.gradeC).length,
    ).toBeGreaterThanOrEqual(10)
  })

  test.each([
    ['北京', '110105', '北京市'],
    ['厦门', '350203', '福建省厦门市'],
    ['南通', '320602', '江苏省南通市'],
    ['郑州', '410102', '河南省郑州市'],
    ['陕西', '610113', '陕西省'],
    ['达州', '511702', '四川省达州市'],
    ['河北', '130102', '河北省'],
    ['江西', '360102', '江西省'],
    ['黄山', '341002', '安徽省黄山市'],
    ['成都', '510104', '四川省成都市'],
    ['杭州', '330102', '浙江省杭州市'],
    ['上海', '310104', '上海市'],
    ['湖南', '430102', '湖南省'],
    ['安徽', '340102', '安徽省'],
    ['石狮', '350581', '福建省泉州市石狮市'],
  ])('%s (%s) finds its own 2026 rules', (_place, countyCode, regionName) => {
    const region = regionRulesFor(countyCode)
    expect(region?.name).toBe(regionName)
    expect(region && rulesForYear(region, 2026)).toBeDefined()
  })
})
