/**
 * Golden tables: per region, a person, a choice and a date → the expected fen
 * and dates. Each row cites the notice its figures come from. No official
 * worked example of the 38号 waiting period was found for these regions, so
 * the waiting rows follow the national text as local notices read it
 * (每多断保1年: each year beyond the first), cited as such.
 */
import { assistanceFor, quote, type Person } from '../../src/domain/quote'
import { fen } from '../../src/domain/money'
import { rulesForYear, type Category, type SubsidyGroup } from '../../src/domain/region-rules'
import { regionRulesFor } from '../../src/config/regions'

const MIN_FUJIAN = '闽政办〔2025〕3号 + 冀医保发〔2025〕6号（国家2026年度标准）'
const GUOBAN_38 = '国办发〔2024〕38号'
const JIANGXI = 'ybj.jiangxi.gov.cn（2025年度）'

interface GoldenRow {
  source: string
  adcode: string
  benefitYear: number
  person: Partial<Person> & { category: Category }
  backYears: number
  today: string
  payableFen: number
  start: string
  waitingMonths: number
}

const ROWS: GoldenRow[] = [
  // Fujian 2026: 400 元, window 2025-09-01 – 2025-12-31, extended to 2026-02-28 from the payment date.
  {
    source: MIN_FUJIAN,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'working-age' },
    backYears: 0,
    today: '2025-11-20',
    payableFen: 40000,
    start: '2026-01-01',
    waitingMonths: 0,
  },
  {
    source: MIN_FUJIAN,
    adcode: '350105',
    benefitYear: 2026,
    person: { category: 'elderly' },
    backYears: 0,
    today: '2025-12-31',
    payableFen: 40000,
    start: '2026-01-01',
    waitingMonths: 0,
  },
  {
    source: MIN_FUJIAN,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'working-age' },
    backYears: 0,
    today: '2026-01-05',
    payableFen: 40000,
    start: '2026-01-05',
    waitingMonths: 0,
  },
  {
    source: MIN_FUJIAN,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'working-age' },
    backYears: 0,
    today: '2026-02-28',
    payableFen: 40000,
    start: '2026-02-28',
    waitingMonths: 0,
  },
  {
    source: `${MIN_FUJIAN}; ${GUOBAN_38}`,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'working-age' },
    backYears: 0,
    today: '2026-03-01',
    payableFen: 40000,
    start: '2026-06-01',
    waitingMonths: 3,
  },
  // Fujian students in the window: covered from 1 September (闽政办〔2025〕3号).
  {
    source: MIN_FUJIAN,
    adcode: '350105',
    benefitYear: 2026,
    person: { category: 'child-student', inSchool: true },
    backYears: 0,
    today: '2025-10-08',
    payableFen: 40000,
    start: '2025-09-01',
    waitingMonths: 0,
  },
  {
    source: MIN_FUJIAN,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'college-student', inSchool: true },
    backYears: 0,
    today: '2025-12-31',
    payableFen: 40000,
    start: '2025-09-01',
    waitingMonths: 0,
  },
  // 特困人员: fully subsidised (国办发〔2021〕42号).
  {
    source: `${MIN_FUJIAN}; 国办发〔2021〕42号`,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'elderly', subsidyGroup: 'extreme-poverty' },
    backYears: 0,
    today: '2025-11-20',
    payableFen: 0,
    start: '2026-01-01',
    waitingMonths: 0,
  },
  // Breaks (国办发〔2024〕38号): window payments wait from 1 January; back-years at 400 元 each.
  {
    source: `${MIN_FUJIAN}; ${GUOBAN_38}`,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'working-age', breakYears: 1 },
    backYears: 0,
    today: '2025-11-20',
    payableFen: 40000,
    start: '2026-04-01',
    waitingMonths: 3,
  },
  {
    source: `${MIN_FUJIAN}; ${GUOBAN_38}`,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'working-age', breakYears: 2 },
    backYears: 0,
    today: '2025-11-20',
    payableFen: 40000,
    start: '2026-05-01',
    waitingMonths: 4,
  },
  {
    source: `${MIN_FUJIAN}; ${GUOBAN_38}`,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'working-age', breakYears: 3 },
    backYears: 0,
    today: '2025-11-20',
    payableFen: 40000,
    start: '2026-06-01',
    waitingMonths: 5,
  },
  {
    source: `${MIN_FUJIAN}; ${GUOBAN_38}`,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'working-age', breakYears: 3 },
    backYears: 2,
    today: '2025-11-20',
    payableFen: 120000,
    start: '2026-04-01',
    waitingMonths: 3,
  },
  {
    source: `${MIN_FUJIAN}; ${GUOBAN_38}`,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'working-age', breakYears: 5 },
    backYears: 0,
    today: '2025-11-20',
    payableFen: 40000,
    start: '2026-08-01',
    waitingMonths: 7,
  },
  {
    source: `${MIN_FUJIAN}; ${GUOBAN_38}`,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'working-age', breakYears: 5 },
    backYears: 1,
    today: '2025-11-20',
    payableFen: 80000,
    start: '2026-07-01',
    waitingMonths: 6,
  },
  {
    source: `${MIN_FUJIAN}; ${GUOBAN_38}`,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'working-age', breakYears: 2 },
    backYears: 1,
    today: '2026-04-15',
    payableFen: 80000,
    start: '2026-07-15',
    waitingMonths: 3,
  },
  {
    source: `${MIN_FUJIAN}; ${GUOBAN_38}`,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'working-age', breakYears: 1 },
    backYears: 0,
    today: '2026-02-10',
    payableFen: 40000,
    start: '2026-05-10',
    waitingMonths: 3,
  },
  // Newborns never wait (38号); within 90 days from birth.
  {
    source: GUOBAN_38,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'newborn', birthDate: '2026-04-20' },
    backYears: 0,
    today: '2026-05-20',
    payableFen: 40000,
    start: '2026-04-20',
    waitingMonths: 0,
  },
  {
    source: GUOBAN_38,
    adcode: '350102',
    benefitYear: 2026,
    person: { category: 'newborn', birthDate: '2026-01-20' },
    backYears: 0,
    today: '2026-05-20',
    payableFen: 40000,
    start: '2026-05-20',
    waitingMonths: 0,
  },
  // Jiangxi 2025: 400 元, window 2024-09-15 – 2025-02-28, newborns 90 days – 1 year from the day after payment.
  {
    source: JIANGXI,
    adcode: '360102',
    benefitYear: 2025,
    person: { category: 'working-age' },
    backYears: 0,
    today: '2024-09-15',
    payableFen: 40000,
    start: '2025-01-01',
    waitingMonths: 0,
  },
  {
    source: JIANGXI,
    adcode: '360102',
    benefitYear: 2025,
    person: { category: 'working-age' },
    backYears: 0,
    today: '2025-02-28',
    payableFen: 40000,
    start: '2025-02-28',
    waitingMonths: 0,
  },
  {
    source: JIANGXI,
    adcode: '360102',
    benefitYear: 2025,
    person: { category: 'working-age' },
    backYears: 0,
    today: '2025-03-01',
    payableFen: 40000,
    start: '2025-06-01',
    waitingMonths: 3,
  },
  {
    source: JIANGXI,
    adcode: '360102',
    benefitYear: 2025,
    person: { category: 'newborn', birthDate: '2025-03-01' },
    backYears: 0,
    today: '2025-05-30',
    payableFen: 40000,
    start: '2025-03-01',
    waitingMonths: 0,
  },
  {
    source: JIANGXI,
    adcode: '360102',
    benefitYear: 2025,
    person: { category: 'newborn', birthDate: '2025-03-01' },
    backYears: 0,
    today: '2025-05-31',
    payableFen: 40000,
    start: '2025-06-01',
    waitingMonths: 0,
  },
]

describe('golden quotes', () => {
  test.each(
    ROWS.map(
      (row) =>
        [
          `${row.adcode} ${row.benefitYear} ${JSON.stringify(row.person)} +${row.backYears} on ${row.today} (${row.source})`,
          row,
        ] as const,
    ),
  )('%s', (_title, row) => {
    const region = regionRulesFor(row.adcode)
    if (!region) throw new Error(`no rules for ${row.adcode}`)
    const person: Person = { subsidyGroup: 'none', breakYears: 0, ...row.person }
    const result = quote(
      person,
      region,
      { benefitYear: row.benefitYear, backYears: row.backYears },
      row.today,
    )
    if (!result.ok) throw new Error(`no quote: ${result.error}`)
    expect([
      result.quote.payableFen,
      result.quote.coverage.start,
      result.quote.coverage.waitingMonths,
    ]).toEqual([row.payableFen, row.start, row.waitingMonths])
  })
})

/** Regions whose window was not sourced: their amounts only, never dates. */
describe('golden amounts without a sourced window', () => {
  const amountRows: Array<[string, string, number, Category, SubsidyGroup, number, number]> = [
    // [source, adcode, benefit year, category, group, individual standard, individual pays]
    ['曾都区2023年度通知', '421303', 2023, 'working-age', 'minimum-living', 35000, 3000],
    ['曾都区2023年度通知', '421303', 2023, 'working-age', 'returned-to-poverty', 35000, 3000],
    ['曾都区2023年度通知', '421303', 2023, 'working-age', 'monitored', 35000, 17500],
    ['曾都区2023年度通知', '421303', 2023, 'working-age', 'stable-ex-poverty', 35000, 28000],
    ['曾都区2023年度通知', '421303', 2023, 'elderly', 'extreme-poverty', 35000, 0],
  ]

  test.each(amountRows)(
    '%s: %s %i %s %s → standard %i, pays %i',
    (_source, adcode, benefitYear, category, group, standard, pays) => {
      const region = regionRulesFor(adcode)
      const rules = region && rulesForYear(region, benefitYear)
      if (!rules) throw new Error(`no rules for ${adcode} ${benefitYear}`)
      expect(rules.individualStandardFen[category]).toBe(standard)
      expect(standard - assistanceFor(rules, group, fen(standard))).toBe(pays)
    },
  )
})
